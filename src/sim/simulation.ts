// Wiring of one simulation: kernel, store, controllers, cluster, faults and timeline.

import { mergePatch, qualifiedResource, setPodCond } from '../api/meta.ts';
import { cpuMilli, memoryBytes, newMilliQuantity, newQuantity } from '../api/quantity.ts';
import type { CronJob, Job, KObject, Node, Pod } from '../api/types.ts';
import { JobTrackingFinalizer } from '../api/types.ts';
import { decodeWithDefaults } from '../api/defaults.ts';
import { Store } from '../apiserver/store.ts';
import type { TraceSink } from '../apiserver/store.ts';
import { Kernel, Lane } from '../core/kernel.ts';
import { RngFactory } from '../core/rng.ts';
import { Slot } from '../core/slot.ts';
import { formatDuration, isoSeconds, MaxRunMs } from '../core/time.ts';
import { CronJobController } from '../controllers/cronjob/controller.ts';
import { JobController } from '../controllers/job/controller.ts';
import { TtlAfterFinishedController } from '../controllers/ttl/controller.ts';
import { PodGcController } from '../controllers/gc/podgc.ts';
import { NodeLifecycleController } from '../controllers/nodelifecycle/controller.ts';
import { Kubelets } from '../cluster/kubelet.ts';
import { podRequest } from '../cluster/resources.ts';
import { Scheduler } from '../cluster/scheduler.ts';
import { WorkloadModel } from '../cluster/workload.ts';
import { Metrics } from '../report/metrics.ts';
import { CronRunTracker } from './slots.ts';
import type { CronJobSpecChange } from './slots.ts';
import type { Scenario, TimelineAction } from '../scenario/types.ts';
import { errorString, metadataBeforeUpdate, semanticEqual, validateJob, validateFinalizers, validateJobUpdate, validateNoNewFinalizers, validateObjectMetaUpdate, validatePodLevelResources } from '../scenario/validate.ts';
import type { FieldError } from '../scenario/validate.ts';

export const DefaultCronJobRunMs = 24 * 3_600_000;
/** A run that waits for quiet still stops here: hitting it is reported. */
export { MaxRunMs };

export interface SimOptions {
  seed?: number;
  durationMs?: number;
  /** keep deleted objects and events for `items`/`events` (text and json output) */
  keepHistory?: boolean;
  trace?: TraceSink;
  /** shuffle same-instant work with a seeded stream (tie-order mode); a number picks another shuffle */
  shuffleTies?: boolean | number;
  /** called after every kernel step (invariant checkers) */
  afterStep?: (sim: Simulation) => void;
}

export interface RunInfo {
  seed: number;
  startMs: number;
  endMs: number;
  endedBy: 'duration' | 'quiet' | 'limit';
}

/** for the metrics: when a pod still waiting for a node was created, and what a bound pod requests where (the pod's own slots) */
const pendingSince = new Slot<number>('jobsim.pendingSince');
const requestedOn = new Slot<{ pool: string; cpu: number; mem: number; scalar?: ReadonlyMap<string, number> }>('jobsim.requestedOn');

/** A CronJob's scheduling spec from `atMs` on (see Simulation.cronJobSpecHistory). */

/** Overlapping holds on something (a node down or cordoned, a controller down): it is let go when the last one ends. */
class Holds<K> {
  private readonly counts = new Map<K, number>();

  /** Takes a hold; true when it is the first. */
  take(k: K): boolean {
    const n = (this.counts.get(k) ?? 0) + 1;
    this.counts.set(k, n);
    return n === 1;
  }

  /** Ends a hold; true when it was the last. */
  release(k: K): boolean {
    const n = (this.counts.get(k) ?? 1) - 1;
    if (n > 0) {
      this.counts.set(k, n);
      return false;
    }
    this.counts.delete(k);
    return true;
  }

  has(k: K): boolean {
    return this.counts.has(k);
  }
}

/** the kubelet's nodeStatusUpdateFrequency */
const NodeStatusSyncMs = 10_000;

export class Simulation {
  readonly kernel: Kernel;
  readonly rng: RngFactory;
  readonly store: Store;
  readonly scheduler: Scheduler;
  readonly kubelets: Kubelets;
  readonly workload: WorkloadModel;
  readonly jobController: JobController;
  readonly ttlController: TtlAfterFinishedController;
  readonly cronJobController: CronJobController;
  readonly nodeLifecycle: NodeLifecycleController;
  readonly podGc: PodGcController;
  readonly metrics: Metrics;
  readonly seed: number;
  readonly poolOfNode = new Map<string, string>();
  /** things the scenario asked for that could not be done (e.g. evicting a pod that does not exist) */
  readonly warnings: string[] = [];

  constructor(
    readonly scenario: Scenario,
    readonly options: SimOptions = {},
  ) {
    const cfg = scenario.config;
    this.seed = options.seed ?? cfg.seed;
    this.rng = new RngFactory(this.seed);
    const tie = options.shuffleTies !== undefined && options.shuffleTies !== false ? this.rng.stream(`kernel/tie-order/${options.shuffleTies === true ? 0 : options.shuffleTies}`) : undefined;
    this.kernel = new Kernel({ startMs: cfg.startMs, tieShuffle: tie ? () => tie.next() : undefined });
    this.store = new Store(this.kernel, this.rng.stream('apiserver/uid'), this.rng.stream('apiserver/names'), { keepHistory: options.keepHistory ?? true, trace: options.trace, admissionRng: this.rng.stream('apiserver/admission'), eventUidRng: this.rng.stream('apiserver/event-uid'), validateJob: (j) => this.validateJobCreate(j), validatePodMeta: (p) => podCreateErrors(p) });
    this.metrics = new Metrics(cfg.startMs);
    this.workload = new WorkloadModel(cfg.behaviors, this.rng);
    this.scheduler = new Scheduler(this.kernel, this.store, this.rng.stream('scheduler'), cfg.latencies.schedulingMs);
    this.kubelets = new Kubelets(this.kernel, this.store, this.workload, cfg.latencies);
    this.jobController = new JobController(this.kernel, this.store);
    this.ttlController = new TtlAfterFinishedController(this.kernel, this.store);
    this.cronJobController = new CronJobController(this.kernel, this.store);
    this.nodeLifecycle = new NodeLifecycleController(this.kernel, this.store, this.kubelets, (node) => this.rng.stream(`kubelet/${node}`).int(10) * 1000);
    this.podGc = new PodGcController(this.kernel, this.store);
    this.watchMetrics();
  }

  /**
   * Each CronJob's scheduling spec over time (for check properties such as noMissedSlot): a new
   * entry when its schedule, time zone or suspend changes, or when its deletion begins.
   */
  readonly cronJobSpecHistory = new Map<string, CronJobSpecChange[]>();
  /** the owed CronJob schedule times that got a Job, for the runs never started */
  readonly cronRuns = new CronRunTracker(this.cronJobSpecHistory);

  /** the spec checks of the Jobs a CronJob stamps, per CronJob generation (its jobTemplate changes only with it) */
  private readonly cronTemplateChecks = new Map<string, FieldError[]>();

  /**
   * A stamped Job found valid: what its validity depends on besides the template (its name's length,
   * its annotations' size; the name is the CronJob's plus the scheduled minute, the uid random)
   */
  private readonly validStamps = new Set<string>();

  /** jobStrategy.Validate of a Job create, the API server's (the store calls it) */
  private validateJobCreate(job: Job): string[] {
    const ref = job.metadata.ownerReferences?.find((r) => r.controller && r.kind === 'CronJob');
    const cj = ref ? this.store.getByUid(ref.uid) : undefined;
    if (!ref || !cj) return validateJob(job, 'create', { uid: job.metadata.uid }).map(errorString);
    let annotationBytes = 0;
    for (const [k, v] of Object.entries(job.metadata.annotations ?? {})) annotationBytes += k.length + v.length;
    const stamp = `${ref.uid}/${cj.metadata.generation ?? 0}/${job.metadata.name.length}/${annotationBytes}`;
    if (this.validStamps.has(stamp)) return [];
    const templateKey = `${ref.uid}/${cj.metadata.generation ?? 0}`;
    const specErrors = (compute: () => FieldError[]) => {
      let errs = this.cronTemplateChecks.get(templateKey);
      if (errs === undefined) {
        if (this.cronTemplateChecks.size > 10_000) this.cronTemplateChecks.clear();
        this.cronTemplateChecks.set(templateKey, (errs = compute()));
      }
      return errs;
    };
    const errs = validateJob(job, 'create', { uid: job.metadata.uid, specErrors }).map(errorString);
    if (errs.length === 0) {
      if (this.validStamps.size > 10_000) this.validStamps.clear();
      this.validStamps.add(stamp);
    }
    return errs;
  }

  private watchMetrics(): void {
    this.store.watch('CronJob', (type, cj) => {
      let h = this.cronJobSpecHistory.get(cj.metadata.uid);
      if (!h) this.cronJobSpecHistory.set(cj.metadata.uid, (h = []));
      const gone = type === 'DELETED' || cj.metadata.deletionTimestamp !== undefined;
      const last = h[h.length - 1];
      const now = { atMs: this.kernel.now, schedule: cj.spec.schedule, timeZone: cj.spec.timeZone, suspend: cj.spec.suspend === true, gone };
      if (!last || last.schedule !== now.schedule || last.timeZone !== now.timeZone || last.suspend !== now.suspend || last.gone !== now.gone) h.push(now);
      this.cronRuns.cronJobChanged(cj);
    });
    this.store.watch('Pod', (type, pod) => this.trackPod(type, pod));
    this.store.watch('Job', (type, job) => {
      if (this.store.options.keepHistory) this.recordConditionChanges(type, job);
      if (type === 'ADDED') this.cronRuns.jobAdded(job);
      if (type === 'DELETED') {
        this.metrics.jobGone(job.metadata.uid);
        this.workload.forgetOwner(job.metadata.uid, job.metadata.namespace ?? 'default', job.metadata.name, job.spec.completionMode === 'Indexed' ? job.spec.completions : undefined);
      } else this.metrics.jobChanged(job, this.kernel.now);
    });
  }

  /**
   * Every change of a Job condition, in the order it was written (with keepHistory): conditions
   * are updated in place, so the final objects show only each condition's last transition.
   */
  readonly jobConditionChanges: JobConditionChange[] = [];
  private readonly seenConditions = new Map<string, Map<string, string>>();

  private recordConditionChanges(type: string, job: Job): void {
    const uid = job.metadata.uid;
    if (type === 'DELETED') {
      this.seenConditions.delete(uid);
      return;
    }
    let seen = this.seenConditions.get(uid);
    for (const c of job.status.conditions ?? []) {
      const now = `${c.status}|${c.lastTransitionTime}`;
      if (seen?.get(c.type) === now) continue;
      if (!seen) this.seenConditions.set(uid, (seen = new Map()));
      seen.set(c.type, now);
      this.jobConditionChanges.push({ atMs: this.kernel.now, namespace: job.metadata.namespace ?? 'default', name: job.metadata.name, type: c.type, status: c.status, reason: c.reason ?? '', message: c.message ?? '' });
    }
  }

  private trackPod(type: string, pod: Pod): void {
    if (type === 'ADDED') this.workload.podCreated(pod);
    const now = this.kernel.now;
    const terminal = pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed';
    if (type === 'ADDED' && !pod.spec.nodeName) {
      pendingSince.set(pod, now);
      this.metrics.pendingChanged(now, +1);
      return;
    }
    if (type === 'ADDED' && !terminal) {
      // created bound (spec.nodeName set): it requests from the start, without a wait
      const pool = this.poolOfNode.get(pod.spec.nodeName!) ?? '';
      const r = podRequest(pod);
      requestedOn.set(pod, { pool, cpu: r.cpuMilli, mem: r.memoryBytes, scalar: r.scalar });
      this.metrics.podRequested(pool, now, r.cpuMilli, r.memoryBytes, r.scalar);
      return;
    }
    const createdMs = pendingSince.get(pod);
    if (createdMs !== undefined && (pod.spec.nodeName || type === 'DELETED' || terminal)) {
      pendingSince.set(pod, undefined);
      this.metrics.pendingChanged(now, -1);
      // failed without ever being bound (the pod GC fails a deleted pending pod kept by a finalizer)
      if (terminal && type !== 'DELETED') this.metrics.podTerminal(pod);
      if (pod.spec.nodeName && type !== 'DELETED' && !terminal) {
        const pool = this.poolOfNode.get(pod.spec.nodeName) ?? '';
        const r = podRequest(pod);
        requestedOn.set(pod, { pool, cpu: r.cpuMilli, mem: r.memoryBytes, scalar: r.scalar });
        this.metrics.podRequested(pool, now, r.cpuMilli, r.memoryBytes, r.scalar);
        this.metrics.podBound(now - createdMs);
      }
      return;
    }
    if (type === 'DELETED' || terminal) {
      const b = requestedOn.get(pod);
      if (b) {
        requestedOn.set(pod, undefined);
        this.metrics.podRequested(b.pool, now, -b.cpu, -b.mem, b.scalar, -1);
        // the pod's end, whoever wrote it (its kubelet, or the pod GC failing it)
        if (terminal) this.metrics.podTerminal(pod);
      }
    }
  }

  /** Creates the nodes, the scenario's objects, and schedules faults and timeline. */
  setup(): void {
    const cfg = this.scenario.config;
    const now = isoSeconds(this.kernel.now);
    for (const [poolIndex, pool] of cfg.nodePools.entries()) {
      // every configured pool is in the metrics, an empty one (count 0) too
      this.metrics.addPool(pool.name, 0, 0);
      for (let i = 1; i <= pool.count; i++) {
        const name = `${pool.name}-${i}`;
        this.poolOfNode.set(name, pool.name);
        this.metrics.addPool(pool.name, cpuMilli(pool.capacity.cpu), memoryBytes(pool.capacity.memory), pool.capacity.extended ? new Map(Object.entries(pool.capacity.extended).map(([r, q]) => [r, memoryBytes(q)])) : undefined);
        const node: Node = {
          apiVersion: 'v1',
          kind: 'Node',
          metadata: { name, uid: '', creationTimestamp: '', labels: { 'beta.kubernetes.io/arch': 'amd64', 'beta.kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64', 'kubernetes.io/hostname': name, 'kubernetes.io/os': 'linux', ...pool.labels } },
          spec: pool.taints.length ? { taints: pool.taints.map((t) => ({ ...t })) } : {},
          status: {
            capacity: nodeCapacity(pool.capacity),
            allocatable: nodeCapacity(pool.capacity),
            // the kubelet's first status, as of the node's creation (the store stamps the same instant)
            conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status', lastHeartbeatTime: now, lastTransitionTime: now }],
            // the kubelet's addresses: one private IPv4 per node (10.<pool>.x.y) and its hostname
            addresses: [{ type: 'InternalIP', address: nodeIp(poolIndex, i) }, { type: 'Hostname', address: name }],
          },
        };
        this.store.create(node);
      }
    }
    for (const { obj } of this.scenario.objects) {
      if (obj.kind === 'PriorityClass') this.store.create(structuredClone(obj));
    }
    for (const { obj } of this.scenario.objects) {
      if (obj.kind !== 'PriorityClass') this.store.create(structuredClone(obj));
    }
    for (const f of cfg.faults) this.kernel.at(cfg.startMs + f.atMs, Lane.Input, () => this.applyFault(f));
    for (const pool of cfg.nodePools) {
      if (pool.mtbfMs === undefined) continue;
      for (let i = 1; i <= pool.count; i++) this.scheduleRandomFailure(`${pool.name}-${i}`, pool.mtbfMs, pool.mttrMs ?? 10 * 60_000);
    }
    for (const a of cfg.timeline) this.kernel.at(cfg.startMs + a.atMs, Lane.Input, () => this.applyTimeline(a));
  }

  private applyFault(f: Scenario['config']['faults'][number]): void {
    if ('nodeDown' in f) {
      if (!this.store.get('Node', '', f.nodeDown)) {
        this.warnings.push(`${isoSeconds(this.kernel.now)}: fault nodeDown: node ${f.nodeDown} does not exist any more`);
        return;
      }
      this.holdNodeDown(f.nodeDown);
      if (f.forMs !== undefined) this.kernel.after(f.forMs, Lane.Input, () => this.releaseNodeDown(f.nodeDown));
    } else if ('deleteNode' in f) {
      const node = this.store.get('Node', '', f.deleteNode);
      if (!node) this.warnings.push(`${isoSeconds(this.kernel.now)}: fault deleteNode: node ${f.deleteNode} does not exist any more`);
      if (node) {
        this.nodeLifecycle.stampHeartbeat(node);
        this.nodeLifecycle.nodeDown(f.deleteNode);
        this.store.delete(node);
      }
    } else if ('evictPod' in f) {
      const pod = this.store.get('Pod', f.evictPod.namespace, f.evictPod.name);
      if (!pod) this.warnings.push(`${isoSeconds(this.kernel.now)}: fault evictPod: pod ${f.evictPod.namespace}/${f.evictPod.name} does not exist (pod names depend on the seed)`);
      if (pod) this.evict(pod);
    } else if ('cordonNode' in f || 'drainNode' in f) {
      const name = 'cordonNode' in f ? f.cordonNode : f.drainNode;
      if (!this.store.get('Node', '', name)) {
        this.warnings.push(`${isoSeconds(this.kernel.now)}: fault ${'cordonNode' in f ? 'cordonNode' : 'drainNode'}: node ${name} does not exist any more`);
        return;
      }
      this.cordonHolds.take(name);
      this.setUnschedulable(name, true);
      // kubectl drain --ignore-daemonsets --delete-emptydir-data: every pod on the node, at once,
      // through the Eviction API (no PodDisruptionBudgets to wait for)
      if ('drainNode' in f) for (const pod of [...this.store.podsOnNodeNamed(name)]) this.evict(pod);
      if (f.forMs !== undefined) {
        this.kernel.after(f.forMs, Lane.Input, () => {
          if (this.cordonHolds.release(name)) this.setUnschedulable(name, false);
        });
      }
    } else if ('controllerDown' in f) {
      const queues = this.controllerQueues(f.controllerDown);
      for (const q of queues) this.queueDownHolds.take(q);
      for (const q of queues) q.setDown(true);
      // all: the whole kube-controller-manager, its garbage collector, pod GC and node lifecycle too
      const manager = f.controllerDown === 'all';
      if (manager && this.queueDownHolds.take(this)) this.setControllerManagerDown(true);
      this.kernel.after(f.forMs, Lane.Input, () => {
        // a controller another outage still holds down stays down
        for (const q of queues) if (this.queueDownHolds.release(q)) q.setDown(false);
        if (manager && this.queueDownHolds.release(this)) this.setControllerManagerDown(false);
      });
    }
  }

  /**
   * Outages overlap: each fault holds its node (or controller) down for its own span, and it comes
   * back when the last one holding it ends. A fault "for good" never lets go.
   */
  private readonly nodeDownHolds = new Holds<string>();
  /** controllers' work queues held down, and the controller manager itself (held under the simulation's own key) */
  private readonly queueDownHolds = new Holds<object>();

  private setControllerManagerDown(down: boolean): void {
    this.store.setGarbageCollectorDown(down);
    this.podGc.setControllerManagerDown(down);
    this.nodeLifecycle.setControllerManagerDown(down);
  }

  /** the Eviction API: DisruptionTarget, then a graceful delete (a pod already terminating gets the condition; the DELETE leaves its deletion as it was) */
  private evict(pod: Pod): void {
    const now = this.store.nowIso;
    this.store.update(pod, (p) => setPodCond(p, 'DisruptionTarget', 'True', now, 'EvictionByEvictionAPI', 'Eviction API: evicting'));
    this.store.delete(pod);
  }

  /** cordons held on each node: it is uncordoned when the last one with a `for` ends */
  private readonly cordonHolds = new Holds<string>();
  /** spec.unschedulable as each node's kubelet last saw it (recordNodeSchedulableEvent) */
  private readonly kubeletSawUnschedulable = new Map<string, boolean>();

  /**
   * kubectl cordon / uncordon: the Node's spec.unschedulable. Its kubelet notices at its next node
   * status sync (every 10s, from a phase of its own) and says so in an event.
   */
  private setUnschedulable(name: string, unschedulable: boolean): void {
    const node = this.store.get('Node', '', name);
    if (!node || (node.spec.unschedulable ?? false) === unschedulable) return;
    this.store.update(node, (n) => {
      if (unschedulable) n.spec.unschedulable = true;
      else delete n.spec.unschedulable;
    });
    const phaseMs = this.rng.stream(`kubelet-status/${name}`).int(10) * 1000;
    this.rng.drop(`kubelet-status/${name}`);
    const sinceStart = this.kernel.now - this.scenario.config.startMs;
    const tick = this.scenario.config.startMs + Math.floor((sinceStart - phaseMs) / NodeStatusSyncMs) * NodeStatusSyncMs + phaseMs + NodeStatusSyncMs;
    this.kernel.at(tick, Lane.Cluster, () => this.kubeletSeesSchedulable(name));
  }

  /** recordNodeSchedulableEvent, in a node status sync of a running kubelet: says so when spec.unschedulable changed since the last. */
  private kubeletSeesSchedulable(name: string): void {
    const n = this.store.get('Node', '', name);
    if (!n || this.nodeDownHolds.has(name)) return;
    const now = n.spec.unschedulable ?? false;
    if ((this.kubeletSawUnschedulable.get(name) ?? false) === now) return;
    this.kubeletSawUnschedulable.set(name, now);
    const what = now ? 'NodeNotSchedulable' : 'NodeSchedulable';
    this.store.recordEvent(n, 'Normal', what, `Node ${name} status is now: ${what}`, 'kubelet', name, { bare: true, noApiVersion: true });
  }

  private holdNodeDown(node: string): void {
    this.nodeDownHolds.take(node);
    this.nodeLifecycle.nodeDown(node);
  }

  private releaseNodeDown(node: string): void {
    if (!this.nodeDownHolds.release(node)) return;
    this.nodeLifecycle.nodeUp(node);
    // its first node status after the return notices a cordon or uncordon made meanwhile
    this.kubeletSeesSchedulable(node);
  }

  /**
   * Random node failures: exponential times between failures and to repair, from the node's own
   * stream. Background timers: they never keep a run that waits for quiet alive.
   */
  private scheduleRandomFailure(node: string, mtbfMs: number, mttrMs: number): void {
    const rng = this.rng.stream(`faults/${node}`);
    const exp = (mean: number) => Math.max(1000, Math.round(-mean * Math.log(1 - rng.next())));
    const fail = () => {
      if (!this.store.get('Node', '', node)) return;
      this.holdNodeDown(node);
      this.kernel.after(exp(mttrMs), Lane.Input, () => {
        this.releaseNodeDown(node);
        this.kernel.after(exp(mtbfMs), Lane.Input, fail, true);
      }, true);
    };
    this.kernel.after(exp(mtbfMs), Lane.Input, fail, true);
  }

  /** The work queues of a controller name used by `controllerDown`. */
  controllerQueues(which: 'job' | 'cronjob' | 'all') {
    const out = [];
    if (which === 'job' || which === 'all') out.push(this.jobController.queue, this.jobController.orphans);
    if (which === 'cronjob' || which === 'all') out.push(this.cronJobController.queue);
    if (which === 'all') out.push(this.ttlController.queue);
    return out;
  }

  private applyTimeline(a: TimelineAction): void {
    // What the loader could not know is settled here, as the API server would answer kubectl at
    // that time: whether a name is taken or gone (controllers delete too), whether a Job has started.
    const when = isoSeconds(this.kernel.now);
    if ('create' in a) {
      const made = this.store.create(structuredClone(a.create));
      if (!made.ok) this.warnings.push(`${when}: timeline create: ${qualifiedResource(a.create.kind)} "${a.create.metadata.name}" ${made.reason === 'AlreadyExists' ? 'already exists' : `refused: ${made.message}`}; not created`);
      return;
    }
    const verb = 'patch' in a ? 'patch' : 'delete';
    const ref = 'patch' in a ? a.patch : a.delete;
    const obj = this.store.get(ref.kind, ref.namespace, ref.name) as Job | CronJob | undefined;
    if (!obj) {
      this.warnings.push(`${when}: timeline ${verb}: ${qualifiedResource(ref.kind)} "${ref.name}" not found (gone: a controller removed it, or the CronJob has not created it yet)`);
      return;
    }
    if ('delete' in a) {
      this.store.delete(obj, { propagationPolicy: 'Background' });
      return;
    }
    const body = a.patch.body;
    // the same merge patch the loader validated, decoded with defaulting as patch.go decodes the
    // patched object (a removed default comes back; SetDefaults_Job refills emptied labels from the
    // template's, with this Job's real uid); top-level fields replaced so the object keeps its identity
    const next = decodeWithDefaults(obj.kind, mergePatch(obj, body) as Record<string, unknown>) as unknown as Record<string, unknown>;
    const meta = next['metadata'] as Job['metadata'];
    const templateLabels = (next['spec'] as Job['spec'] | undefined)?.template?.metadata?.labels;
    // (the stored object owns its maps: SetDefaults_Job assigns the template's map itself)
    if (meta.labels !== undefined && meta.labels === templateLabels) meta.labels = { ...templateLabels };
    next['metadata'] = metadataBeforeUpdate(meta, obj.metadata);
    // an empty or removed namespace in the patch is the request's (ValidNamespace); another one
    // was refused when the scenario was loaded
    const nextMeta = next['metadata'] as Record<string, unknown> | undefined;
    if (nextMeta && nextMeta['namespace'] !== obj.metadata.namespace) nextMeta['namespace'] = obj.metadata.namespace;
    // the scheduling directives of a suspended Job may change only while it has no startTime, an
    // object a controller is deleting (TTL, garbage collector) may gain no finalizer, and the uid
    // (the loader could not know it) is immutable
    const errs = obj.kind === 'Job' ? validateJobUpdate(obj, next as unknown as Job) : validateObjectMetaUpdate(nextMeta, obj.metadata);
    if (obj.metadata.deletionTimestamp !== undefined) errs.push(...validateNoNewFinalizers((nextMeta ?? {}) as { finalizers?: string[] }, obj.metadata));
    if (errs.length > 0) {
      this.warnings.push(`${when}: timeline patch: The ${obj.kind} "${ref.name}" is invalid: ${errs.map(errorString).join(', ')}; not applied`);
      return;
    }
    // a patch that changes nothing writes nothing ("patched (no change)"); PrepareForUpdate bumps
    // the generation only when the spec really changed
    const current = obj as unknown as Record<string, unknown>;
    if (Object.keys(body).every((k) => semanticEqual(current[k], next[k]))) return;
    const specChanged = body['spec'] !== undefined && !semanticEqual(obj.spec, next['spec']);
    this.store.update(obj, (o) => {
      for (const k of Object.keys(body)) (o as unknown as Record<string, unknown>)[k] = next[k];
    }, { specChanged, ownersMayChange: body['metadata'] !== undefined });
  }

  /** Runs to the end: the duration, or quiet (24h with a CronJob), and returns what happened. */
  run(): RunInfo {
    const cfg = this.scenario.config;
    this.setup();
    const hasCron = this.scenario.objects.some((o) => o.obj.kind === 'CronJob') || cfg.timeline.some((a) => 'create' in a && a.create.kind === 'CronJob');
    const durationMs = this.options.durationMs ?? cfg.durationMs ?? (hasCron ? DefaultCronJobRunMs : undefined);
    const untilMs = cfg.startMs + (durationMs ?? MaxRunMs);
    if (durationMs !== undefined) {
      // input past the end would never take effect: say so rather than drop it without a word
      cfg.faults.forEach((f, i) => {
        if (f.atMs > durationMs) this.warnings.push(`spec.faults[${i}] at +${formatDuration(f.atMs)} is after the end of the run (+${formatDuration(durationMs)}): it never happens`);
      });
      const late = cfg.timeline.filter((a) => a.atMs > durationMs).length;
      if (late > 0) this.warnings.push(`${late} timeline action(s) fall after the end of the run (+${formatDuration(durationMs)}): they never happen`);
    }
    let endedBy: RunInfo['endedBy'];
    if (this.options.afterStep) {
      const after = this.options.afterStep;
      for (;;) {
        if (durationMs === undefined && this.kernel.pendingForeground === 0) {
          endedBy = 'quiet';
          break;
        }
        if (!this.kernel.step(untilMs)) {
          endedBy = durationMs === undefined ? 'limit' : 'duration';
          if (untilMs > this.kernel.now) this.kernel.run(untilMs);
          break;
        }
        after(this);
      }
    } else {
      const r = this.kernel.run(untilMs, durationMs === undefined);
      endedBy = r === 'quiet' ? 'quiet' : durationMs === undefined ? 'limit' : 'duration';
    }
    // the nodes' last status reports, which are not simulated as writes
    for (const node of this.store.list('Node')) this.nodeLifecycle.stampHeartbeat(node);
    return { seed: this.seed, startMs: cfg.startMs, endMs: this.kernel.now, endedBy };
  }

  /** Every object that existed during the run, in its last state. */
  items(): KObject[] {
    return this.store.allObjects();
  }

  /**
   * The object of that kind and name, when a name was reused the live one, else the last one
   * deleted: items() lists deleted objects in deletion order before the live ones, and two objects
   * of one name never coexist. Properties (`jobsim check`, the testing library) judge this one.
   */
  lastNamed<K extends KObject['kind']>(kind: K, name: string, namespace = 'default'): Extract<KObject, { kind: K }> | undefined {
    let found: Extract<KObject, { kind: K }> | undefined;
    for (const o of this.items()) if (o.kind === kind && o.metadata.name === name && (o.metadata.namespace ?? 'default') === namespace) found = o as Extract<KObject, { kind: K }>;
    return found;
  }
}

export interface JobConditionChange {
  atMs: number;
  namespace: string;
  name: string;
  type: string;
  status: string;
  reason: string;
  message: string;
}

/**
 * A node's capacity as the kubelet reports it (CapacityFromMachineInfo): cpu from
 * NewMilliQuantity(..., DecimalSI), memory and huge pages in bytes from NewQuantity(..., BinarySI)
 * (a 16G machine shows 15625000Ki), pods from NewQuantity(maxPods, DecimalSI). Allocatable is the
 * same, with nothing reserved.
 */
function nodeCapacity(c: Scenario['config']['nodePools'][number]['capacity']): Record<string, string> {
  const extended = Object.entries(c.extended ?? {}).map(([r, q]) => [r, r.startsWith('hugepages-') ? newQuantity(memoryBytes(q), 'BinarySI') : q]);
  return { cpu: newMilliQuantity(cpuMilli(c.cpu), 'DecimalSI'), memory: newQuantity(memoryBytes(c.memory), 'BinarySI'), pods: newQuantity(c.pods, 'DecimalSI'), ...Object.fromEntries(extended) };
}

/** A node's InternalIP: 10.<pool index>.<high>.<low>, unique per node, from its pool and number. */
function nodeIp(poolIndex: number, i: number): string {
  return `10.${poolIndex % 256}.${Math.floor(i / 250) % 256}.${(i % 250) + 1}`;
}

const NoErrors: string[] = [];

/** ValidateFinalizers on a pod create; the tracking finalizer alone, every Job pod's, is valid */
/** What a Pod create is checked for beyond what its template was: its finalizers, its defaulted pod-level resources. */
function podCreateErrors(pod: Pod): string[] {
  const finalizers = podFinalizerErrors(pod);
  const res = (pod.spec as { resources?: unknown }).resources;
  if (res === undefined || res === null) return finalizers;
  const resources = podLevelResourceErrors(pod);
  return resources.length === 0 ? finalizers : [...finalizers, ...resources];
}

interface PodLevelCheck {
  containers: unknown;
  initContainers: unknown;
  errors: string[];
}

const podLevelChecks = new Slot<PodLevelCheck>('jobsim.podLevelResourceErrors');

/**
 * validatePodResources on the Pod as created: after SetDefaults_Pod, whose defaulted pod-level
 * requests may pass the limits of a valid template (KEP-2837's example of two containers limited
 * above the pod's limit). Once per template: its pods share the resources and the containers.
 */
function podLevelResourceErrors(pod: Pod): string[] {
  const spec = pod.spec as unknown as Record<string, unknown>;
  const res = spec['resources'] as object;
  const known = podLevelChecks.get(res);
  if (known && known.containers === spec['containers'] && known.initContainers === spec['initContainers']) return known.errors;
  const found = validatePodLevelResources(spec, 'spec');
  const errors = found.length === 0 ? NoErrors : found.map(errorString);
  podLevelChecks.remember(res, { containers: spec['containers'], initContainers: spec['initContainers'], errors });
  return errors;
}

function podFinalizerErrors(pod: Pod): string[] {
  const f = pod.metadata.finalizers;
  if (f === undefined || (f.length === 1 && f[0] === JobTrackingFinalizer)) return NoErrors;
  return validateFinalizers(f, 'metadata.finalizers').map(errorString);
}
