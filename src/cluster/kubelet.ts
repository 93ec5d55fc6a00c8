// Kubelets: run the pods bound to their node. Containers run for the workload model's duration
// and exit with its code; `restartPolicy: OnFailure` restarts them in place with the kubelet's
// crash-loop backoff; deletion stops them and the kubelet then removes the pod (grace 0).
// Sidecars (init containers with `restartPolicy: Always`) start with the init containers and run
// until the regular containers are done, when the kubelet stops them.
// A kubelet that is down reports nothing until it comes back.

import { setCond } from '../api/meta.ts';
import type { Condition, Container, ContainerStatus, Node, Pod, PodSpec } from '../api/types.ts';
import type { Kernel, Timer } from '../core/kernel.ts';
import { Lane } from '../core/kernel.ts';
import { Slot } from '../core/slot.ts';
import { goDuration, isoSeconds } from '../core/time.ts';
import type { Store } from '../apiserver/store.ts';
import type { Latencies } from '../scenario/types.ts';
import type { WorkloadModel } from './workload.ts';
import { findUntoleratedTaint, hostPortsConflict, isExtendedResourceName, hostPortsOf, insufficientScalars, isRestartableInitContainer, nodeAffinityMatches, nodeAllocatable, podRequest, useHostPorts, withScalars } from './resources.ts';
import type { UsedPorts } from './resources.ts';

export const CrashLoopInitialMs = 10_000;
export const CrashLoopMaxMs = 300_000;
/** an entry whose container ran longer than 2 × max since the last restart is reset */
export const CrashLoopResetMs = 2 * CrashLoopMaxMs;
/** exit code of a container stopped by SIGTERM */
export const SigtermExitCode = 143;
/** a container still running when its stop window ends is killed (SIGKILL: 128 + 9) */
export const SigkillExitCode = 137;
/** killContainer's minimumGracePeriodInSeconds: the runtime always gets at least 2s after SIGTERM */
const MinimumStopWindowMs = 2000;

/**
 * Kubelet restart backoff (flowcontrol.Backoff as used by kuberuntime doBackOff). `entryMs` is the
 * backoff entry (0: none), `sinceDecisionMs` the time from the last restart decision to this exit.
 * No entry (or one older than 2 × max): restart now and start the entry at 10s. Otherwise wait the
 * entry, then double it (capped at 5 min). Delays from each exit: 0, 10s, 20s, 40s, … 300s.
 */
export function crashLoopBackoff(entryMs: number, sinceDecisionMs: number): { delayMs: number; nextEntryMs: number } {
  if (entryMs === 0 || sinceDecisionMs > CrashLoopResetMs) return { delayMs: 0, nextEntryMs: CrashLoopInitialMs };
  return { delayMs: entryMs, nextEntryMs: Math.min(entryMs * 2, CrashLoopMaxMs) };
}

/**
 * The entry as the restart finds it. The kubelet's housekeeping (every 2s) garbage-collects an
 * entry not updated for 2 × max (flowcontrol.Backoff GC from HandlePodCleanups): a wait that runs
 * past that point restarts with no entry, and Next starts it again at 10s rather than doubling.
 * `sinceDecisionMs` is the time from the last restart decision to this restart.
 */
export function crashLoopEntryAtRestart(nextEntryMs: number, sinceDecisionMs: number): number {
  return sinceDecisionMs > CrashLoopResetMs ? CrashLoopInitialMs : nextEntryMs;
}

/**
 * ContainerShouldRestart (pkg/api/v1/pod/util.go, ContainerRestartRules): a container with a
 * restartPolicy of its own restarts when the first of its rules whose exit codes match says
 * Restart, else by its own policy; a container without one by the pod's.
 */
export function containerShouldRestart(c: Container, podRestartPolicy: string | undefined, exitCode: number): boolean {
  if (c.restartPolicy !== undefined) {
    for (const rule of c.restartPolicyRules ?? []) {
      if (!rule.exitCodes) continue;
      const listed = (rule.exitCodes.values ?? []).includes(exitCode);
      if ((rule.exitCodes.operator === 'In') !== listed) continue;
      if (rule.action === 'Restart') return true;
      break;
    }
  }
  const policy = c.restartPolicy ?? podRestartPolicy;
  return policy === 'OnFailure' ? exitCode !== 0 : policy !== 'Never';
}

export interface AdmissionRefusal {
  reason: string;
  message: string;
}

/** The OS every kubelet here runs on (its runtime.GOOS): the nodes are labelled so. */
const KubeletOS = 'linux';

/**
 * The checks predicateAdmitHandler.Admit makes first, those preemption cannot help: the pod's
 * `kubernetes.io/os` label against the node's OS (rejectPodAdmissionBasedOnOSSelector: the node's
 * label as the kubelet corrects it to its own OS), then spec.os.name against that OS
 * (rejectPodAdmissionBasedOnOSField). They apply to every pod the kubelet admits, the scheduler's
 * too (the scheduler has no OS filter).
 */
export function podOSAdmission(pod: Pod): AdmissionRefusal | null {
  const label = pod.metadata.labels?.['kubernetes.io/os'];
  if (label !== undefined && label !== KubeletOS) {
    return { reason: 'PodOSSelectorNodeLabelDoesNotMatch', message: "Failed to admit pod as the `kubernetes.io/os` label doesn't match node label" };
  }
  const os = (pod.spec as { os?: { name?: string } }).os;
  if (os !== undefined && os !== null && os.name !== KubeletOS) {
    return { reason: 'PodOSNotSupported', message: "Failed to admit pod as the OS field doesn't match node OS" };
  }
  return null;
}

/**
 * The kubelet's admission (lifecycle.predicateAdmitHandler) of a pod against its node and the
 * node's other active pods. The first failure names the refusal: the OS checks (podOSAdmission),
 * then resources in noderesources.Fits order (pods, cpu, memory, then the scalar ones), then node
 * affinity, then an untolerated NoExecute taint.
 */
export function kubeletAdmission(pod: Pod, node: Node, others: Iterable<Pod>): AdmissionRefusal | null {
  const os = podOSAdmission(pod);
  if (os) return os;
  const alloc = nodeAllocatable(node);
  let usedCpu = 0;
  let usedMem = 0;
  let count = 0;
  let usedScalar: ReadonlyMap<string, number> | undefined;
  for (const o of others) {
    if (o === pod || o.status.phase === 'Succeeded' || o.status.phase === 'Failed') continue;
    const r = podRequest(o);
    usedCpu += r.cpuMilli;
    usedMem += r.memoryBytes;
    count++;
    usedScalar = withScalars(usedScalar, r, 1);
  }
  const req = podRequest(pod);
  // InsufficientResourceError: reason OutOf<resource>
  const short = (resource: string, requested: number, used: number, capacity: number): AdmissionRefusal => ({
    reason: `OutOf${resource}`,
    message: `Node didn't have enough resource: ${resource}, requested: ${requested}, used: ${used}, capacity: ${capacity}`,
  });
  if (count + 1 > alloc.pods) return short('pods', 1, count, alloc.pods);
  if (req.cpuMilli > 0 && usedCpu + req.cpuMilli > alloc.cpuMilli) return short('cpu', req.cpuMilli, usedCpu, alloc.cpuMilli);
  if (req.memoryBytes > 0 && usedMem + req.memoryBytes > alloc.memoryBytes) return short('memory', req.memoryBytes, usedMem, alloc.memoryBytes);
  for (const name of insufficientScalars(req, alloc.scalar, usedScalar)) {
    // removeMissingExtendedResources: an extended resource the node's allocatable does not list is
    // dropped from the pod's requests before the fit check (huge pages are not extended: checked)
    if (isExtendedResourceName(name) && !alloc.scalar?.has(name)) continue;
    return short(name, req.scalar!.get(name)!, usedScalar?.get(name) ?? 0, alloc.scalar?.get(name) ?? 0);
  }
  // PredicateFailureError: reason the plugin's name, message "Predicate <name> failed: <reason>"
  if (!nodeAffinityMatches(pod, node)) return { reason: 'NodeAffinity', message: "Predicate NodeAffinity failed: node(s) didn't match Pod's node affinity/selector" };
  const wanted = hostPortsOf(pod);
  if (wanted.length > 0) {
    const used: UsedPorts = new Map();
    for (const o of others) if (o !== pod && o.status.phase !== 'Succeeded' && o.status.phase !== 'Failed') useHostPorts(used, hostPortsOf(o), 1);
    if (hostPortsConflict(wanted, used)) return { reason: 'NodePorts', message: "Predicate NodePorts failed: node(s) didn't have free ports for the requested pod ports" };
  }
  if (findUntoleratedTaint(node.spec.taints, pod.spec.tolerations, ['NoExecute'])) {
    return { reason: 'TaintToleration', message: "Predicate TaintToleration failed: node(s) had taints that the pod didn't tolerate" };
  }
  return null;
}

interface PodRuntime {
  pod: Pod;
  node: string;
  timer: Timer | null;
  attempt: number;
  /** current container run started at (ms) */
  runStartMs: number;
  /** when the current run ends on its own (ms): a kill that would come later lets it */
  exitAtMs: number;
  /** kubelet backoff entry for the (single modelled) container: 0 = none */
  backoffMs: number;
  lastRestartDecisionMs: number;
  exitCode: number;
  stopping: boolean;
  /** the container exited while the node was down: reported when it is back */
  exitedWhileDownMs: number | null;
  /** a start or restart that fell while the node was down: done when it is back */
  deferred: 'start' | 'restart' | null;
  /** the pod's activeDeadlineSeconds passed while the node was down: the kubelet failed it locally then */
  deadlineWhileDownMs: number | null;
  /** per container, the run before the last one (the runtime's second-newest dead instance), once there is one */
  olderTermination?: Map<string, ContainerStatus['state']>;
  /**
   * the regular containers that exited and will not restart while others of the pod do (their own
   * restartPolicy or rules differ), with their last state; the others run, and restart, together
   */
  done?: Map<string, ContainerStatus['state']>;
  /** the sidecars being (or last) killed: when each ends (ms), as sidecarKillEnds says */
  sidecarEndsMs?: Map<string, number>;
  /** a kill's report that fell due while the node was down: made when it is back */
  pendingReport?: () => void;
  /** a pod the kubelet only terminated (bound and deleted while its node was down): no sandbox ever */
  noSandbox?: true;
  /** when the pod's own activeDeadlineSeconds passes (ms), if it has one */
  deadlineAtMs?: number;
}

/** the kubelet's record of a pod it runs (the pod's own slot: no lookup by uid) */
const runtimeOf = new Slot<PodRuntime>('jobsim.kubeletRuntime');

/** A new record of a pod the kubelet takes on, kept on the pod. */
function newRuntime(pod: Pod, node: string): PodRuntime {
  const rt: PodRuntime = { pod, node, timer: null, attempt: 0, runStartMs: 0, exitAtMs: 0, backoffMs: 0, lastRestartDecisionMs: 0, exitCode: 0, stopping: false, exitedWhileDownMs: null, deferred: null, deadlineWhileDownMs: null };
  runtimeOf.set(pod, rt);
  return rt;
}

export interface KubeletHooks {
  onPodTerminal?(pod: Pod): void;
}

export class Kubelets {
  private down = new Set<string>();
  private hostIPs = new Map<string, ReadonlyArray<{ ip: string }>>();

  constructor(
    private readonly kernel: Kernel,
    private readonly store: Store,
    private readonly workload: WorkloadModel,
    private readonly latencies: Latencies,
    private readonly hooks: KubeletHooks = {},
  ) {
    store.watch('Pod', (type, pod) => this.onPod(type, pod));
  }

  isDown(node: string): boolean {
    return this.down.has(node);
  }

  private onPod(type: string, pod: Pod): void {
    if (type === 'DELETED') {
      const rt = runtimeOf.get(pod);
      if (rt) {
        this.kernel.cancel(rt.timer);
        runtimeOf.set(pod, undefined);
        // removed before its kubelet stopped it (a grace-0 delete): HandlePodRemoves still kills
        // the running containers, and killContainer says so
        if (!rt.stopping && !this.down.has(rt.node)) {
          for (const c of runningContainers(pod)) this.event(pod, 'Normal', 'Killing', `Stopping container ${c.name}`, rt.node, c);
          this.sidecarKillingEvents(pod, rt.node, runningSidecars(pod));
        }
      }
      return;
    }
    const node = pod.spec.nodeName;
    if (!node || this.down.has(node)) return;
    let rt = runtimeOf.get(pod);
    // bound to a node that does not exist: no kubelet will ever run it (the pod GC removes it)
    if (!rt && type === 'ADDED' && !this.store.get('Node', '', node)) return;
    if (!rt) {
      if (pod.status.phase !== 'Pending' || pod.status.startTime !== undefined) return;
      if (type === 'ADDED') {
        // a pod created bound never met the scheduler: the kubelet sees it after the create has
        // returned, and its own admission may refuse it (pods the scheduler binds fit by its
        // accounting, which is the same)
        this.kernel.after(0, Lane.Cluster, () => {
          if (!this.store.isLive(pod) || runtimeOf.get(pod) !== undefined || this.down.has(node) || pod.metadata.deletionTimestamp !== undefined) return;
          if (!this.reject(pod, node, (n) => kubeletAdmission(pod, n, this.admittedOn(node)))) this.onPod('MODIFIED', pod);
        });
        return;
      }
      // HandlePodAdditions admits every pod: one the scheduler bound fits by its accounting, which
      // is the kubelet's, but its OS checks are the kubelet's alone
      if (this.reject(pod, node, () => podOSAdmission(pod))) return;
      rt = newRuntime(pod, node);
      // activeDeadlineSeconds of the pod itself, counted from its startTime (set by the admission)
      const ads = (pod.spec as { activeDeadlineSeconds?: unknown }).activeDeadlineSeconds;
      if (typeof ads === 'number') rt.deadlineAtMs = this.kernel.now + ads * 1000;
      this.admit(rt);
      if (typeof ads === 'number') {
        const r = rt;
        this.kernel.after(ads * 1000, Lane.Cluster, () => this.deadlineExceeded(r));
      }
      return;
    }
    if (pod.metadata.deletionTimestamp !== undefined && !rt.stopping) {
      // the kubelet sees the deletion after the DELETE has returned: whoever deleted the pod
      // (a Job sync counting its pods, say) still sees it running
      const r = rt;
      this.kernel.after(0, Lane.Cluster, () => {
        if (!r.stopping && runtimeOf.get(pod) === r && this.store.isLive(r.pod)) this.stop(r);
      });
    }
  }

  /**
   * A pod bound while the node was down and deleted meanwhile: back, the kubelet runs it through its
   * termination at once (no admission, no container): its first status, then TerminatePod's
   * (Failed, every container ContainerStatusUnknown), and only then the final delete (the status
   * manager holds it until the phase is terminal).
   */
  private terminateUnseen(pod: Pod, node: string): void {
    if (pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') {
      this.store.delete(pod, { gracePeriodSeconds: 0 });
      return;
    }
    const rt = newRuntime(pod, node);
    rt.noSandbox = true;
    this.writeStatus(pod, (p) => admittedStatus(p, this.store.nowIso, this.hostIPsOf(node), false));
    this.stop(rt);
  }

  /**
   * The kubelet accepts a bound pod: startTime; then, with an image pull latency, every container's
   * image is pulled (Pulling now, Pulled when done); the containers start after the start latency.
   */
  private admit(rt: PodRuntime): void {
    const pod = rt.pod;
    // a container whose policy is Never pulls nothing (its image is present on every node here)
    const pulls = this.latencies.imagePullMs > 0 ? allContainers(pod).filter(pullsImage) : [];
    const pullMs = pulls.length > 0 ? this.latencies.imagePullMs : 0;
    const startMs = this.latencies.containerStartMs;
    if (pullMs + startMs === 0) {
      // nothing to wait for: the kubelet's first status already shows the containers running
      this.pullAndStart(rt, true);
      return;
    }
    // SyncPod writes this status before the runtime's SyncPod creates the sandbox and then blocks
    // on the pulls and starts: no sandbox yet (PodReadyToStartContainers False until it returns)
    this.writeStatus(pod, (p) => admittedStatus(p, this.store.nowIso, this.hostIPsOf(rt.node), false));
    if (pullMs > 0) for (const c of pulls) this.event(pod, 'Normal', 'Pulling', `Pulling image "${c.image}"`, rt.node, c);
    const start = () => {
      rt.timer = null;
      this.pullAndStart(rt, false, pullMs > 0);
    };
    rt.timer = this.kernel.after(pullMs, Lane.Cluster, () => {
      rt.timer = null;
      if (!this.store.isLive(pod) || rt.stopping) return;
      if (this.down.has(rt.node)) {
        rt.deferred = 'start';
        return;
      }
      if (pullMs > 0) {
        const took = goDuration(pullMs);
        for (const c of pulls) this.event(pod, 'Normal', 'Pulled', `Successfully pulled image "${c.image}" in ${took} (${took} including waiting)`, rt.node, c);
      }
      if (startMs === 0) start();
      else rt.timer = this.kernel.after(startMs, Lane.Cluster, start);
    });
  }

  /**
   * Starts the containers (their images pulled already, or checked now) and runs the attempt. A
   * restart in place starts the app containers only: computePodActions runs the init containers
   * again only with a new sandbox, and their statuses keep their first run.
   */
  private pullAndStart(rt: PodRuntime, admitting: boolean, pulled = false, restarting = false): void {
    const pod = rt.pod;
    if (!this.store.isLive(pod) || rt.stopping) return;
    if (this.down.has(rt.node)) {
      // a kubelet that cannot reach the API server reports nothing: the start waits for its return
      rt.deferred = 'start';
      return;
    }
    // the init containers first (they run to completion, taking no time), then the others
    for (const c of restarting ? pod.spec.containers.filter((x) => !rt.done?.has(x.name)) : allContainers(pod)) {
      if (pulled && pullsImage(c)) {
        // reported when the pull ended
      } else if ((c.imagePullPolicy ?? 'IfNotPresent') === 'Always') {
        // no pull latency (or a restart): the registry check takes no time
        this.event(pod, 'Normal', 'Pulling', `Pulling image "${c.image}"`, rt.node, c);
        this.event(pod, 'Normal', 'Pulled', `Successfully pulled image "${c.image}" in 0s (0s including waiting)`, rt.node, c);
      } else {
        this.event(pod, 'Normal', 'Pulled', `Container image "${c.image}" already present on machine`, rt.node, c);
      }
      this.event(pod, 'Normal', 'Created', `Created container: ${c.name}`, rt.node, c);
      this.event(pod, 'Normal', 'Started', `Started container ${c.name}`, rt.node, c);
    }
    const attempt = this.workload.nextAttempt(pod);
    rt.attempt++;
    rt.exitCode = attempt.exitCode;
    rt.runStartMs = this.kernel.now;
    const now = this.store.nowIso;
    this.writeStatus(pod, (p) => {
      if (admitting) admittedStatus(p, now, this.hostIPsOf(rt.node), true);
      p.status.phase = 'Running';
      const conds = p.status.conditions!;
      // the first runtime SyncPod has returned (sandbox, pulls, starts): the status generated next
      // finds the sandbox (GeneratePodReadyToStartContainersCondition; 1.36 sets it at the sandbox's
      // creation, before the pulls)
      if (!admitting && !restarting) setCond(conds, 'PodReadyToStartContainers', 'True', now);
      if (p.status.initContainerStatuses && !restarting) {
        const sidecars = sidecarNames(p);
        for (const cs of p.status.initContainerStatuses) {
          cs.ready = true;
          if (sidecars?.has(cs.name)) {
            // a sidecar without a startup probe is started (and, without a readiness probe, ready)
            // once it runs; it keeps running beside the regular containers
            cs.started = true;
            cs.state = { running: { startedAt: now } };
          } else cs.state = { terminated: { exitCode: 0, reason: 'Completed', startedAt: now, finishedAt: now } };
        }
        // GeneratePodInitializedCondition: the init containers completed, the sidecars started
        setCond(conds, 'Initialized', 'True', now);
      }
      if (rt.done === undefined) containersReady(p, now);
      else {
        // containers that stopped for good while others restarted keep the pod unready
        const unready = `containers with unready status: [${p.spec.containers.filter((c) => rt.done!.has(c.name)).map((c) => c.name).join(' ')}]`;
        setCond(conds, 'Ready', 'False', now, 'ContainersNotReady', unready);
        setCond(conds, 'ContainersReady', 'False', now, 'ContainersNotReady', unready);
      }
      for (const cs of p.status.containerStatuses ?? []) {
        if (rt.done?.has(cs.name)) continue;
        cs.ready = true;
        cs.started = true;
        // restarted with no back-off: the run that ended is now the second-newest instance
        if (restarting && cs.state.terminated) cs.lastState = cs.state;
        cs.state = { running: { startedAt: now } };
      }
    });
    rt.exitAtMs = this.kernel.now + attempt.durationMs;
    rt.timer = this.kernel.after(attempt.durationMs, Lane.Cluster, () => {
      rt.timer = null;
      this.containerExited(rt, rt.exitCode, rt.exitCode === 0 ? 'Completed' : 'Error');
    });
  }

  /**
   * `atMs`: when the container ended (now by default); `generatedMs`: when the kubelet generated
   * the status that reports it, if later (a kill it waited out).
   */
  private containerExited(rt: PodRuntime, exitCode: number, reason: string, atMs?: number, generatedMs?: number): void {
    const pod = rt.pod;
    if (!this.store.isLive(pod)) return;
    if (this.down.has(rt.node)) {
      // The container really exits, but nobody reports it until the kubelet is back.
      rt.exitedWhileDownMs = this.kernel.now;
      return;
    }
    const nowMs = atMs ?? this.kernel.now;
    const now = isoSeconds(nowMs);
    const startedAt = isoSeconds(rt.runStartMs);
    const terminated: ContainerStatus['state'] = { terminated: { exitCode, reason, startedAt, finishedAt: now } };
    // computePodActions decides each container that exited (ShouldContainerBeRestarted): one of a
    // pod being deleted never restarts (nor waits out a back-off: a kubelet back from an outage
    // finds the pod deleted); one that does not restart stays as it ended
    const mayRestart = !rt.stopping && pod.metadata.deletionTimestamp === undefined;
    let restarts = 0;
    let stays = 0;
    for (const c of pod.spec.containers) {
      if (rt.done?.has(c.name)) continue;
      if (mayRestart && containerShouldRestart(c, pod.spec.restartPolicy, exitCode)) restarts++;
      else stays++;
    }
    // some restart, some do not (their own policies differ): those stay as they ended
    if (restarts > 0 && stays > 0) {
      for (const c of pod.spec.containers) {
        if (!rt.done?.has(c.name) && !containerShouldRestart(c, pod.spec.restartPolicy, exitCode)) (rt.done ??= new Map()).set(c.name, terminated);
      }
    }
    const lastRun = (name: string) => rt.done?.get(name) ?? terminated;
    if (restarts === 0) {
      // getPhase: every container stopped for good; Succeeded when each one's last exit was 0
      const podPhase = pod.spec.containers.every((c) => lastRun(c.name).terminated?.exitCode === 0) ? 'Succeeded' : 'Failed';
      if (!rt.stopping && runningSidecars(pod).length > 0) {
        // The regular containers are done and will not restart: the kubelet reports them
        // terminated while its sidecars still run (getPhase counts a running sidecar: the pod
        // stays Running), then computePodActions kills the pod, and with it the sidecars
        this.writeStatus(pod, (p) => {
          const conds = (p.status.conditions ??= []);
          const unready = unreadyMessage(p.spec.containers);
          setCond(conds, 'Ready', 'False', now, 'ContainersNotReady', unready);
          setCond(conds, 'ContainersReady', 'False', now, 'ContainersNotReady', unready);
          for (const cs of p.status.containerStatuses ?? []) {
            cs.ready = false;
            cs.started = false;
            cs.state = lastRun(cs.name);
          }
        });
        if (!this.store.isLive(pod)) return;
        // computePodActions KillPod: the sidecars are killed, each after its own preStop hook and
        // in its turn; the status comes when the kill is over (a deletion meanwhile adds nothing)
        rt.stopping = true;
        const waitMs = this.killSidecars(rt, 0);
        if (waitMs > 0) {
          this.whenKilled(rt, waitMs, () => this.containerExited(rt, exitCode, reason, nowMs));
          return;
        }
      }
      // the status generated once the kill is over: when the last sidecar ended, if later
      const doneNow = rt.sidecarEndsMs === undefined ? now : isoSeconds(Math.max(nowMs, ...rt.sidecarEndsMs.values()));
      const sidecarEnds = rt.sidecarEndsMs;
      // a deadline that passed while a kill was under way (a deletion's, the sidecars') still fails
      // the pod: generateAPIPodStatus asks ShouldEvict on that status too
      const evicted = rt.deadlineAtMs !== undefined && pastActiveDeadline(rt.deadlineAtMs, Math.max(generatedMs ?? nowMs, ...(sidecarEnds?.values() ?? [])));
      if (evicted) this.event(pod, 'Normal', DeadlineExceededReason, DeadlineExceededMessage, rt.node);
      const phase = evicted ? 'Failed' : podPhase;
      this.writeStatus(pod, (p) => {
        const now = doneNow;
        p.status.phase = phase;
        if (evicted) {
          markDeadlineExceeded(p);
        }
        const conds = (p.status.conditions ??= []);
        const why = phase === 'Succeeded' ? 'PodCompleted' : 'PodFailed';
        // GeneratePodInitializedCondition: a Succeeded pod's init containers all completed
        if (phase === 'Succeeded') setCond(conds, 'Initialized', 'True', now, 'PodCompleted');
        setCond(conds, 'PodReadyToStartContainers', 'False', now);
        setCond(conds, 'Ready', 'False', now, why);
        setCond(conds, 'ContainersReady', 'False', now, why);
        for (const cs of p.status.containerStatuses ?? []) {
          cs.ready = false;
          cs.started = false;
          cs.state = lastRun(cs.name);
        }
        sidecarsStopped(p, now, sidecarEnds);
      });
      runtimeOf.set(pod, undefined);
      this.hooks.onPodTerminal?.(pod);
      // A pod being deleted is removed by its kubelet once its containers have stopped.
      if (pod.metadata.deletionTimestamp !== undefined) this.store.delete(pod, { gracePeriodSeconds: 0 });
      return;
    }
    // restart in place after the crash-loop backoff (the pod's OnFailure, or the containers' own
    // policy or rules); containers that exited together restart together, so they share it
    const { delayMs: delay, nextEntryMs } = crashLoopBackoff(rt.backoffMs, nowMs - rt.lastRestartDecisionMs);
    rt.backoffMs = nextEntryMs;
    this.writeStatus(pod, (p) => {
      const conds = (p.status.conditions ??= []);
      const unready = unreadyMessage(p.spec.containers);
      setCond(conds, 'Ready', 'False', now, 'ContainersNotReady', unready);
      setCond(conds, 'ContainersReady', 'False', now, 'ContainersNotReady', unready);
      for (const cs of p.status.containerStatuses ?? []) {
        cs.ready = false;
        cs.started = false;
        if (rt.done?.has(cs.name)) {
          cs.state = lastRun(cs.name);
          continue;
        }
        if (cs.lastState?.terminated) (rt.olderTermination ??= new Map()).set(cs.name, cs.lastState);
        const waiting = delay > 0 ? { reason: 'CrashLoopBackOff', message: `back-off ${goDuration(delay)} restarting failed container=${cs.name} pod=${p.metadata.name}_${p.metadata.namespace}(${p.metadata.uid})` } : undefined;
        const next = exitedBeforeRestart(cs.lastState, terminated, waiting);
        cs.state = next.state;
        cs.lastState = next.lastState;
      }
    });
    if (delay > 0) {
      for (const c of pod.spec.containers) {
        if (!rt.done?.has(c.name)) this.event(pod, 'Warning', 'BackOff', `Back-off restarting failed container ${c.name} in pod ${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`, rt.node, c);
      }
    }
    rt.timer = this.kernel.after(delay, Lane.Cluster, () => {
      rt.timer = null;
      this.restart(rt);
    });
  }

  /**
   * The crash-loop back-off is over: the container is created and started again (restartCount + 1),
   * taking the container start latency as a first start does.
   */
  private restart(rt: PodRuntime, created = false): void {
    const pod = rt.pod;
    if (!this.store.isLive(pod) || rt.stopping) return;
    if (this.down.has(rt.node)) {
      rt.deferred = 'restart';
      return;
    }
    const startMs = this.latencies.containerStartMs;
    if (!created) {
      rt.backoffMs = crashLoopEntryAtRestart(rt.backoffMs, this.kernel.now - rt.lastRestartDecisionMs);
      rt.lastRestartDecisionMs = this.kernel.now;
      if (startMs > 0) {
        rt.timer = this.kernel.after(startMs, Lane.Cluster, () => {
          rt.timer = null;
          this.restart(rt, true);
        });
        return;
      }
    }
    this.writeStatus(pod, (p) => {
      for (const cs of p.status.containerStatuses ?? []) if (!rt.done?.has(cs.name)) cs.restartCount++;
    });
    this.pullAndStart(rt, false, false, true);
  }

  /** Graceful deletion: stop the containers (they exit on SIGTERM), report, then remove the pod. */
  private stop(rt: PodRuntime): void {
    rt.stopping = true;
    const pod = rt.pod;
    this.kernel.cancel(rt.timer);
    rt.timer = null;
    if (pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') return;
    // only containers that run are killed (and said to be)
    const running = runningContainers(pod);
    if (running.length > 0) {
      const startMs = this.kernel.now;
      if (readinessGateChanged(pod)) {
        // SyncTerminatingPod writes a status before it kills: the containers still run and are ready,
        // and a readiness gate may now find its condition (a DisruptionTarget the deleter added)
        const now = this.store.nowIso;
        this.writeStatus(pod, (p) => containersReady(p, now));
      }
      const { ends, last, reportMs } = this.killRunning(rt, running);
      const finish = () => {
        const startedAt = isoSeconds(rt.runStartMs);
        for (const e of ends) {
          if (e !== last) (rt.done ??= new Map()).set(e.name, { terminated: { exitCode: e.exitCode, reason: e.reason, startedAt, finishedAt: isoSeconds(startMs + e.endMs) } });
        }
        // the code a kubelet coming back from an outage reports, if the node is down by then
        rt.exitCode = last.exitCode;
        this.containerExited(rt, last.exitCode, last.reason, startMs + last.endMs, this.kernel.now);
      };
      if (reportMs > 0) {
        rt.timer = this.kernel.after(reportMs, Lane.Cluster, () => {
          rt.timer = null;
          if (runtimeOf.get(pod) === rt && this.store.isLive(pod)) finish();
        });
      } else finish();
    }
    else {
      // never started (still creating), or waiting in back-off: the pod fails without a new run;
      // the sidecars that run are stopped (each after its hook, in its turn), then it is reported
      this.whenKilled(rt, this.killSidecars(rt, 0), () => this.stoppedIdle(rt));
    }
  }

  /**
   * killContainersWithSyncResult for a pod whose regular containers `running` run: Killing for
   * each, then for the sidecars in reverse order, all now. The containers are killed in parallel,
   * each with its own hook and stop window; one whose work ends first exits on its own; the
   * sidecars end in their turn. The kubelet, busy with the kill until every killContainer has
   * returned (syncTerminatingPod), reports them all then: `reportMs` from now.
   */
  private killRunning(rt: PodRuntime, running: Container[]): { ends: Array<{ name: string; endMs: number; exitCode: number; reason: string; returnMs: number }>; last: { name: string; endMs: number; exitCode: number; reason: string }; reportMs: number } {
    const pod = rt.pod;
    for (const c of running) this.event(pod, 'Normal', 'Killing', `Stopping container ${c.name}`, rt.node, c);
    const onSigterm = this.workload.onSigterm(pod);
    const naturalMs = rt.exitAtMs - this.kernel.now;
    const ends = running.map((c) => ({ name: c.name, ...containerEnd(containerKill(pod, c, onSigterm), naturalMs, rt.exitCode) }));
    let last = ends[0]!;
    let reportMs = 0;
    for (const e of ends) {
      if (e.endMs > last.endMs) last = e;
      reportMs = Math.max(reportMs, e.returnMs);
    }
    // the sidecars' killContainer calls run beside theirs, and end in their turn
    reportMs = Math.max(reportMs, this.killSidecars(rt, reportMs));
    return { ends, last, reportMs };
  }

  /** The report of a pod killed while none of its regular containers ran. */
  private stoppedIdle(rt: PodRuntime): void {
    const pod = rt.pod;
    const now = this.store.nowIso;
    const sidecarEnds = rt.sidecarEndsMs;
    // ShouldEvict on this last status too: a deadline passed during the kill fails the pod
    const evicted = pastActiveDeadline(rt.deadlineAtMs, this.kernel.now);
    if (evicted) this.event(pod, 'Normal', DeadlineExceededReason, DeadlineExceededMessage, rt.node);
    this.writeStatus(pod, (p) => {
      sidecarsStopped(p, now, sidecarEnds);
      for (const cs of p.status.containerStatuses ?? []) {
        if (cs.state.waiting && cs.lastState?.terminated) {
          // waiting out a crash-loop back-off: a pod being deleted is not restarted
          // (ShouldContainerBeRestarted), so its status is the runtime's newest dead instance, the
          // last run, and the one before it as lastState
          cs.ready = false;
          cs.started = false;
          cs.state = cs.lastState;
          cs.lastState = rt.olderTermination?.get(cs.name) ?? {};
        }
      }
      const conds = (p.status.conditions ??= []);
      // the pod's sandbox is stopped with it; one created by a first SyncPod that was still pulling
      // (its status said False) shows in SyncTerminatingPod's status before the kill (True), so the
      // condition's last transition is now either way
      if (rt.noSandbox === undefined) setCond(conds, 'PodReadyToStartContainers', 'True', now);
      setCond(conds, 'PodReadyToStartContainers', 'False', now);
      if (p.status.containerStatuses?.some((cs) => cs.state.waiting !== undefined)) {
        // a container that never started: getPhase says Pending whatever podIsTerminal, and the
        // conditions generated for a Pending pod are those it has; TerminatePod only makes the
        // phase Failed and defaults the container states, and mergePodStatus rewrites Ready and
        // ContainersReady only when True (PodFailed): they keep ContainersNotReady
        p.status.phase = 'Failed';
        terminatePodDefaults(p);
        if (evicted) {
          // the phase generated was Failed (ShouldEvict), and the conditions with it
          markDeadlineExceeded(p);
          setCond(conds, 'Ready', 'False', now, 'PodFailed');
          setCond(conds, 'ContainersReady', 'False', now, 'PodFailed');
        }
        return;
      }
      terminatePodDefaults(p);
      // getPhase on the terminal pod: Succeeded when every container's last run exited 0 (one
      // waiting to restart after a success, by its own policy, is not restarted now)
      const phase = !evicted && (p.status.containerStatuses ?? []).every((cs) => cs.state.terminated?.exitCode === 0) ? 'Succeeded' : 'Failed';
      p.status.phase = phase;
      if (evicted) {
        markDeadlineExceeded(p);
      }
      const why = phase === 'Succeeded' ? 'PodCompleted' : 'PodFailed';
      if (phase === 'Succeeded') setCond(conds, 'Initialized', 'True', now, 'PodCompleted');
      setCond(conds, 'Ready', 'False', now, why);
      setCond(conds, 'ContainersReady', 'False', now, why);
    });
    runtimeOf.set(pod, undefined);
    this.hooks.onPodTerminal?.(pod);
    this.store.delete(pod, { gracePeriodSeconds: 0 });
  }

  /**
   * activeDeadline.ShouldEvict: a pod active on the node past its activeDeadlineSeconds fails
   * with reason DeadlineExceeded; its running containers are killed as a deletion kills them
   * (SyncTerminatingPod's killPod with no override: the pod's grace period, the preStop hooks,
   * the sidecars in their turn), a waiting one (crash-loop back-off) never runs again.
   */
  private deadlineExceeded(rt: PodRuntime, atMs?: number): void {
    const pod = rt.pod;
    if (runtimeOf.get(pod) !== rt || rt.stopping || !this.store.isLive(pod)) return;
    if (pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') return;
    if (this.down.has(rt.node)) {
      // A partitioned kubelet goes on locally: it fails the pod and kills its containers at the
      // deadline (pastActiveDeadline needs no API server), and reports it when it is back. A
      // container exit before it that restarts nothing made the pod terminal already.
      if (rt.exitedWhileDownMs !== null && !pod.spec.containers.some((c) => !rt.done?.has(c.name) && containerShouldRestart(c, pod.spec.restartPolicy, rt.exitCode))) return;
      rt.deadlineWhileDownMs = this.kernel.now;
      this.kernel.cancel(rt.timer);
      rt.timer = null;
      rt.deferred = null;
      return;
    }
    this.event(pod, 'Normal', DeadlineExceededReason, DeadlineExceededMessage, rt.node);
    rt.stopping = true;
    this.kernel.cancel(rt.timer);
    rt.timer = null;
    /** a container that exited while the node was down, before the deadline, with its own code and time */
    const exitedMs = rt.exitedWhileDownMs;
    rt.exitedWhileDownMs = null;
    const running = exitedMs === null ? runningContainers(pod) : [];
    if (running.length > 0 && atMs === undefined) {
      const startMs = this.kernel.now;
      const { ends, reportMs } = this.killRunning(rt, running);
      if (reportMs > 0) {
        // generateAPIPodStatus says Failed at once (ShouldEvict), and mergePodStatus makes Ready
        // False (PodFailed) with it, but keeps the phase while containers could still run
        const now = this.store.nowIso;
        this.writeStatus(pod, (p) => readinessForTerminalPhase((p.status.conditions ??= []), 'Failed', now));
        const startedAt = isoSeconds(rt.runStartMs);
        const states = new Map(ends.map((e) => [e.name, { terminated: { exitCode: e.exitCode, reason: e.reason, startedAt, finishedAt: isoSeconds(startMs + e.endMs) } } as ContainerStatus['state']]));
        this.whenKilled(rt, reportMs, () => this.deadlineReport(rt, this.kernel.now, null, states));
        return;
      }
    } else if (exitedMs === null && atMs === undefined) {
      // nothing regular runs (a back-off, or still being created): killPod stops the sidecars that
      // run, each after its preStop hook and in its turn, and the pod is reported once they ended
      const waitMs = this.killSidecars(rt, 0);
      const endMs = this.kernel.now + waitMs;
      this.whenKilled(rt, waitMs, () => this.deadlineReport(rt, endMs, null));
      return;
    } else {
      // a kubelet back from an outage reports the kill it made at the deadline
      for (const c of running) this.event(pod, 'Normal', 'Killing', `Stopping container ${c.name}`, rt.node, c);
      this.sidecarKillingEvents(pod, rt.node, runningSidecars(pod));
      rt.sidecarEndsMs = undefined;
    }
    this.deadlineReport(rt, atMs ?? this.kernel.now, exitedMs);
  }

  /**
   * The kubelet's report of a pod failed by its deadline, once its containers have stopped:
   * Failed, DeadlineExceeded. `states`: how each killed container ended; without them, those
   * running end now, by SIGTERM (or at `exitedMs`, their exit while the node was down).
   */
  private deadlineReport(rt: PodRuntime, nowMs: number, exitedMs: number | null, states?: ReadonlyMap<string, ContainerStatus['state']>): void {
    const pod = rt.pod;
    const now = isoSeconds(nowMs);
    const startedAt = isoSeconds(rt.runStartMs);
    const sidecarEnds = rt.sidecarEndsMs;
    this.writeStatus(pod, (p) => {
      sidecarsStopped(p, now, sidecarEnds);
      p.status.phase = 'Failed';
      markDeadlineExceeded(p);
      const conds = (p.status.conditions ??= []);
      setCond(conds, 'PodReadyToStartContainers', 'False', now);
      setCond(conds, 'Ready', 'False', now, 'PodFailed');
      setCond(conds, 'ContainersReady', 'False', now, 'PodFailed');
      // the containers are killed: the runtime reports the running ones exited (SIGTERM), and
      // TerminatePod defaults the others (unknown, but those of a pod not yet initialized wait on)
      for (const cs of [...(p.status.containerStatuses ?? []), ...(p.status.initContainerStatuses ?? [])]) {
        if (!cs.state.running) continue;
        cs.ready = false;
        cs.started = false;
        const state = states?.get(cs.name);
        if (state !== undefined) cs.state = state;
        else if (exitedMs !== null) cs.state = { terminated: { exitCode: rt.exitCode, reason: rt.exitCode === 0 ? 'Completed' : 'Error', startedAt, finishedAt: isoSeconds(exitedMs) } };
        else cs.state = { terminated: { exitCode: SigtermExitCode, reason: 'Error', startedAt, finishedAt: now } };
      }
      terminatePodDefaults(p);
    });
    runtimeOf.set(pod, undefined);
    this.hooks.onPodTerminal?.(pod);
    if (pod.metadata.deletionTimestamp !== undefined) this.store.delete(pod, { gracePeriodSeconds: 0 });
  }

  /**
   * A status the kubelet writes (mergePodStatus, then a patch that keeps its order): the pod's
   * conditions it does not own (DisruptionTarget, say) first, then its own.
   */
  private writeStatus(pod: Pod, mutate: (p: Pod) => void): void {
    this.store.update(pod, (p) => {
      mutate(p);
      foreignConditionsFirst(p.status.conditions);
      // PodObservedGenerationTracking (GA in 1.35): the generation this status was computed for,
      // on the status and on every condition the kubelet owns
      // (its conditions are all made at the first status, so they are stamped when the generation
      // the status last saw changes: the first write, and the first after a graceful deletion)
      const gen = p.metadata.generation;
      if (p.status.observedGeneration !== gen) {
        p.status.observedGeneration = gen;
        for (const c of p.status.conditions ?? []) if (kubeletConditions.has(c.type)) c.observedGeneration = gen;
      }
    });
  }

  /** The node's IPs as a pod's status.hostIPs shows them (one frozen array per node). */
  private hostIPsOf(node: string): ReadonlyArray<{ ip: string }> | undefined {
    let ips = this.hostIPs.get(node);
    if (ips === undefined) {
      const ip = this.store.get('Node', '', node)?.status.addresses?.find((a) => a.type === 'InternalIP')?.address;
      if (ip === undefined) return undefined;
      ips = Object.freeze([Object.freeze({ ip })]);
      this.hostIPs.set(node, ips);
    }
    return ips;
  }

  /**
   * The pods this kubelet has admitted and that still run or wait on the node: what HandlePodAdditions
   * admits a new pod against (pods bound but not yet seen, created later, do not count).
   */
  private admittedOn(node: string): Pod[] {
    return this.store.podsOnNodeNamed(node).filter((p) => runtimeOf.get(p) !== undefined);
  }

  /** rejectPod: a Warning event, and the pod Failed with the refusal's reason. */
  private reject(pod: Pod, nodeName: string, decide: (node: Node) => AdmissionRefusal | null): boolean {
    const node = this.store.get('Node', '', nodeName);
    if (!node) return false;
    const refusal = decide(node);
    if (!refusal) return false;
    this.event(pod, 'Warning', refusal.reason, refusal.message, nodeName);
    this.writeStatus(pod, (p) => {
      // the status manager stamps startTime on the first status it writes, a rejection too
      p.status.startTime ??= this.store.nowIso;
      p.status.phase = 'Failed';
      p.status.reason = refusal.reason;
      p.status.message = `Pod was rejected: ${refusal.message}`;
    });
    this.hooks.onPodTerminal?.(pod);
    return true;
  }

  /** A kubelet event on the pod, or on one of its containers (GenerateContainerRef's fieldPath). */
  private event(pod: Pod, type: 'Normal' | 'Warning', reason: string, message: string, node: string, container?: Container): void {
    this.store.recordEvent(pod, type, reason, message, 'kubelet', node, container ? { fieldPath: containerFieldPath(pod, container) } : undefined);
  }

  /** killContainer's Killing event for each of these sidecars, the last declared first. */
  private sidecarKillingEvents(pod: Pod, node: string, running: readonly Container[]): void {
    for (let i = running.length - 1; i >= 0; i--) this.event(pod, 'Normal', 'Killing', `Stopping container ${running[i]!.name}`, node, running[i]);
  }

  /**
   * killContainer for each running sidecar, at the kill's start: each records its Killing first,
   * then runs its hook and waits its turn (sidecarKillEnds). Keeps when each ends on the record
   * (for sidecarsStopped) and returns the last end, in ms from now.
   */
  private killSidecars(rt: PodRuntime, regularReturnMs: number): number {
    const running = runningSidecars(rt.pod);
    this.sidecarKillingEvents(rt.pod, rt.node, running);
    if (running.length === 0) return 0;
    const nowMs = this.kernel.now;
    let lastMs = 0;
    rt.sidecarEndsMs = new Map();
    for (const [name, endMs] of sidecarKillEnds(rt.pod, running, regularReturnMs)) {
      rt.sidecarEndsMs.set(name, nowMs + endMs);
      lastMs = Math.max(lastMs, endMs);
    }
    return lastMs;
  }

  /**
   * The report of a kill, made when its last container has ended (`waitMs` from now); one that
   * falls due while the node is down is made when it is back.
   */
  private whenKilled(rt: PodRuntime, waitMs: number, report: () => void): void {
    if (waitMs === 0) {
      report();
      return;
    }
    rt.timer = this.kernel.after(waitMs, Lane.Cluster, () => {
      rt.timer = null;
      if (runtimeOf.get(rt.pod) !== rt || !this.store.isLive(rt.pod)) return;
      if (this.down.has(rt.node)) rt.pendingReport = report;
      else report();
    });
  }

  // ---- node faults (used by the fault injector) ----

  /**
   * A node's kubelet stops (down) or comes back. While down nothing is reported, deletions are
   * not acted on, and container starts and crash-loop restarts wait; containers already running
   * keep running to their end. On return the kubelet reports what happened: containers that
   * exited meanwhile (with their real finish time), pods deleted meanwhile, which it stops and
   * removes, and the starts and restarts that waited.
   */
  setDown(node: string, down: boolean): void {
    if (down) {
      this.down.add(node);
      return;
    }
    if (!this.down.delete(node)) return;
    /** the pods bound while the node was down, which the kubelet has never seen */
    const unseen: Pod[] = [];
    for (const pod of [...this.store.podsOnNodeNamed(node)]) {
      const rt = runtimeOf.get(pod);
      if (!rt) {
        if (pod.status.phase === 'Pending' && pod.status.startTime === undefined && pod.metadata.deletionTimestamp === undefined) unseen.push(pod);
        else if (pod.metadata.deletionTimestamp !== undefined) this.terminateUnseen(pod, node);
        continue;
      }
      if (rt.pendingReport !== undefined) {
        const report = rt.pendingReport;
        rt.pendingReport = undefined;
        report();
        continue;
      }
      if (rt.deadlineWhileDownMs !== null) {
        const at = rt.deadlineWhileDownMs;
        rt.deadlineWhileDownMs = null;
        this.deadlineExceeded(rt, at);
        continue;
      }
      if (rt.exitedWhileDownMs !== null) {
        const at = rt.exitedWhileDownMs;
        rt.exitedWhileDownMs = null;
        this.containerExited(rt, rt.exitCode, rt.exitCode === 0 ? 'Completed' : 'Error', at);
      }
      if (runtimeOf.get(pod) !== undefined && pod.metadata.deletionTimestamp !== undefined && !rt.stopping) this.stop(rt);
      else if (rt.deferred !== null) {
        const what = rt.deferred;
        rt.deferred = null;
        if (what === 'start') this.pullAndStart(rt, false);
        else this.restart(rt);
      } else if (runtimeOf.get(pod) !== undefined && rt.timer !== null && pod.status.containerStatuses?.some((c) => c.state.running)) {
        // still running: the kubelet reports it Ready again (the node controller had set Ready=False),
        // as far as its readiness gates allow
        const now = this.store.nowIso;
        this.writeStatus(pod, (p) => containersReady(p, now));
      }
    }
    // HandlePodAdditions: the pods it has not seen, oldest first, each admitted against the pods
    // admitted before it (a pod created with spec.nodeName while the node was down may not fit),
    // then started
    unseen.sort((a, b) => (a.metadata.creationTimestamp < b.metadata.creationTimestamp ? -1 : a.metadata.creationTimestamp > b.metadata.creationTimestamp ? 1 : 0));
    for (const pod of unseen) {
      if (!this.store.isLive(pod) || runtimeOf.get(pod) !== undefined || pod.metadata.deletionTimestamp !== undefined) continue;
      if (!this.reject(pod, node, (n) => kubeletAdmission(pod, n, this.admittedOn(node)))) this.onPod('MODIFIED', pod);
    }
  }
}

/**
 * The status of a pod the kubelet has accepted: startTime, initialized, containers being created.
 * `sandboxReady`: whether the runtime's first SyncPod has returned by the time it is generated
 * (kubelet.go SyncPod writes the status before calling it; in 1.33-1.35
 * GeneratePodReadyToStartContainersCondition is False while the pod has no sandbox in the runtime
 * status it reads, so until that first SyncPod, which also pulls and starts, has returned).
 */
export function admittedStatus(p: Pod, now: string, hostIPs: ReadonlyArray<{ ip: string }> | undefined, sandboxReady: boolean): void {
  const sandbox = sandboxReady ? 'True' : 'False';
  p.status.startTime = now;
  // generateAPIPodStatus: the node's IPs; a host-network pod has them as its own
  if (hostIPs) {
    p.status.hostIP = hostIPs[0]!.ip;
    p.status.hostIPs = hostIPs;
    if ((p.spec as { hostNetwork?: boolean }).hostNetwork === true) {
      p.status.podIP = hostIPs[0]!.ip;
      p.status.podIPs = hostIPs;
    }
  }
  const inits = p.spec.initContainers ?? [];
  // generateContainersReadyCondition names the sidecars first, then the regular containers
  const sidecars = inits.filter(isRestartableInitContainer);
  const unready = sidecars.length === 0 ? unreadyMessage(p.spec.containers) : `containers with unready status: [${[...sidecars, ...p.spec.containers].map((c) => c.name).join(' ')}]`;
  const conds = p.status.conditions;
  if (inits.length === 0 && conds !== undefined && conds.length === 1 && conds[0]!.type === 'PodScheduled') {
    // the usual case, written directly in the order the general case below arrives at
    p.status.conditions = [
      { type: 'PodReadyToStartContainers', observedGeneration: undefined, status: sandbox, lastProbeTime: null, lastTransitionTime: now, reason: undefined, message: undefined },
      { type: 'Initialized', observedGeneration: undefined, status: 'True', lastProbeTime: null, lastTransitionTime: now, reason: undefined, message: undefined },
      { type: 'Ready', observedGeneration: undefined, status: 'False', lastProbeTime: null, lastTransitionTime: now, reason: 'ContainersNotReady', message: unready },
      { type: 'ContainersReady', observedGeneration: undefined, status: 'False', lastProbeTime: null, lastTransitionTime: now, reason: 'ContainersNotReady', message: unready },
      conds[0]!,
    ];
  } else {
    const all = (p.status.conditions ??= []);
    setCond(all, 'PodReadyToStartContainers', sandbox, now);
    // GeneratePodInitializedCondition: not before every init container has completed
    if (inits.length > 0) setCond(all, 'Initialized', 'False', now, 'ContainersNotInitialized', `containers with incomplete status: [${inits.map((c) => c.name).join(' ')}]`);
    else setCond(all, 'Initialized', 'True', now);
    setCond(all, 'Ready', 'False', now, 'ContainersNotReady', unready);
    setCond(all, 'ContainersReady', 'False', now, 'ContainersNotReady', unready);
    // generateAPIPodStatus appends PodScheduled after its own conditions, and its status patch
    // keeps that order ($setElementOrder)
    const scheduled = all.findIndex((c) => c.type === 'PodScheduled');
    if (scheduled >= 0) all.push(...all.splice(scheduled, 1));
    // a pod created bound never met the scheduler, but the kubelet's status says it is scheduled
    else all.push({ type: 'PodScheduled', observedGeneration: undefined, status: 'True', lastProbeTime: null, lastTransitionTime: now });
  }
  // convertToAPIContainerStatuses sorts them by name (SortedContainerStatuses), not in spec order
  // with init containers every container waits as PodInitializing (convertToAPIContainerStatuses)
  const waiting = inits.length > 0 ? 'PodInitializing' : 'ContainerCreating';
  const statuses = p.spec.containers.map((c) => ({ name: c.name, image: c.image, ready: false, started: false, restartCount: 0, state: { waiting: { reason: waiting } }, lastState: undefined }));
  if (statuses.length > 1) statuses.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  p.status.containerStatuses = statuses;
  // init container statuses stay in spec order (SortInitContainerStatuses)
  if (inits.length > 0) p.status.initContainerStatuses = inits.map((c) => ({ name: c.name, image: c.image, ready: false, started: false, restartCount: 0, state: { waiting: { reason: 'PodInitializing' } }, lastState: undefined }));
}

/** activeDeadlineHandler.ShouldEvict's reason and message */
const DeadlineExceededReason = 'DeadlineExceeded';
const DeadlineExceededMessage = 'Pod was active on the node longer than the specified deadline';

/** The pod status ShouldEvict's result gives (active_deadline.go): reason and message of the eviction. */
function markDeadlineExceeded(p: Pod): void {
  p.status.reason = DeadlineExceededReason;
  p.status.message = DeadlineExceededMessage;
}

/**
 * active_deadline.go pastActiveDeadline: whether a status generated at `statusMs` is past the pod's
 * activeDeadlineSeconds (`deadlineAtMs`: startTime plus the deadline; none without one). It knows
 * no phase and no deletion: generateAPIPodStatus asks it (ShouldEvict) on every status, the last
 * one of a pod whose kill was under way included, and then says Failed, DeadlineExceeded.
 */
export function pastActiveDeadline(deadlineAtMs: number | undefined, statusMs: number): boolean {
  return deadlineAtMs !== undefined && statusMs >= deadlineAtMs;
}

/**
 * convertToAPIContainerStatuses for a container that exited and will restart: the newest dead
 * instance is its state and the one before it (if any: the running container's lastState until
 * now) its lastState; only a start error in the reason cache (the back-off, CrashLoopBackOff) makes
 * it wait, with the newest dead instance as lastState. A first restart without back-off (no
 * entry yet, or one reset) thus shows the run that ended as its state and no lastState.
 */
export function exitedBeforeRestart(lastState: ContainerStatus['lastState'], terminated: ContainerStatus['state'], waiting?: { reason: string; message: string }): { state: ContainerStatus['state']; lastState: ContainerStatus['lastState'] } {
  if (waiting !== undefined) return { state: { waiting }, lastState: terminated };
  return { state: terminated, lastState };
}

/** fieldpath.go: `spec.containers{NAME}` or `spec.initContainers{NAME}` */
function containerFieldPath(pod: Pod, c: Container): string {
  return pod.spec.initContainers?.includes(c) ? `spec.initContainers{${c.name}}` : `spec.containers{${c.name}}`;
}

/** PodConditionsByKubelet: the conditions the kubelet owns and writes after the others. */
const kubeletConditions = new Set(['PodScheduled', 'Ready', 'Initialized', 'ContainersReady', 'PodReadyToStartContainers']);

function foreignConditionsFirst(conds: Condition[] | undefined): void {
  if (conds === undefined) return;
  let owned = false;
  let misplaced = false;
  for (const c of conds) {
    if (kubeletConditions.has(c.type)) owned = true;
    else if (owned) {
      misplaced = true;
      break;
    }
  }
  if (!misplaced) return;
  const sorted = [...conds.filter((c) => !kubeletConditions.has(c.type)), ...conds.filter((c) => kubeletConditions.has(c.type))];
  conds.splice(0, conds.length, ...sorted);
}

/** "containers with unready status: [a b]", made once per containers array (pods share their template's) */
const unreadyMessageOf = new Slot<string>('jobsim.unreadyMessage');

function unreadyMessage(containers: Container[]): string {
  let m = unreadyMessageOf.get(containers);
  if (m !== undefined) return m;
  m = `containers with unready status: [${containers.map((c) => c.name).join(' ')}]`;
  // a frozen array (a library caller's) is not marked: the message is made each time
  if (Object.isExtensible(containers)) unreadyMessageOf.set(containers, m);
  return m;
}

/**
 * image_manager.go shouldPullImage: a container whose policy is Never never pulls (its image, here
 * on every node, is "already present on machine"); the others pull when there is a pull latency.
 */
export function pullsImage(c: Container): boolean {
  return c.imagePullPolicy !== 'Never';
}

/** The pod's init containers, then its containers: the order the kubelet starts them in. */
function allContainers(pod: Pod): Container[] {
  const inits = pod.spec.initContainers;
  return inits && inits.length > 0 ? [...inits, ...pod.spec.containers] : pod.spec.containers;
}

/** TerminatePod's state for a container that never terminated as far as the kubelet knows. */
function unknownTermination(): ContainerStatus['state'] {
  return { terminated: { exitCode: 137, reason: 'ContainerStatusUnknown', message: 'The container could not be located when the pod was terminated' } };
}

/**
 * status_manager.go hasPodInitialized: a pod without init containers, or one with a regular
 * container that left waiting (or has a last termination), or whose last init container completed
 * with 0 (a sidecar last: runs and is started), has initialized.
 */
export function hasPodInitialized(pod: Pod): boolean {
  const inits = pod.spec.initContainers ?? [];
  if (inits.length === 0) return true;
  for (const cs of pod.status.containerStatuses ?? []) if (cs.lastState?.terminated !== undefined || cs.state.waiting === undefined) return true;
  const statuses = pod.status.initContainerStatuses ?? [];
  const last = statuses[statuses.length - 1];
  if (last === undefined) return false;
  const spec = inits[statuses.length - 1];
  if (spec === undefined || spec.name !== last.name) return false;
  if (isRestartableInitContainer(spec)) return last.state.running !== undefined && last.started === true;
  return last.lastState?.terminated?.exitCode === 0 || last.state.terminated?.exitCode === 0;
}

/**
 * status_manager.go initializedContainers: how many of the init container statuses, from the
 * first, have tried to start (all but the trailing ones still waiting with no last termination);
 * at least the first one.
 */
export function initializedContainerCount(statuses: readonly ContainerStatus[]): number {
  for (let i = statuses.length - 1; i >= 0; i--) {
    const cs = statuses[i]!;
    if (cs.state.waiting === undefined || cs.lastState?.terminated !== undefined) return i + 1;
  }
  return Math.min(statuses.length, 1);
}

/**
 * TerminatePod's defaults (pkg/kubelet/status/status_manager.go) on the pod's last status: once the
 * pod has initialized, every regular container not terminated is ContainerStatusUnknown (137); of
 * the init containers, those that tried to start (initializedContainers: at least the first) are.
 * The others stay waiting: an uninitialized pod's failed init container says enough.
 */
export function terminatePodDefaults(p: Pod): void {
  const unknown = (cs: ContainerStatus) => {
    if (cs.state.terminated) return;
    cs.ready = false;
    cs.started = false;
    cs.state = unknownTermination();
  };
  if (hasPodInitialized(p)) for (const cs of p.status.containerStatuses ?? []) unknown(cs);
  const inits = p.status.initContainerStatuses ?? [];
  const tried = initializedContainerCount(inits);
  for (let i = 0; i < tried; i++) unknown(inits[i]!);
}

/** The kubelet-owned conditions GeneratePodReadyCondition does not see: it generates them after (or with) Ready. */
const generatedAfterReady = new Set(['Ready', 'ContainersReady', 'PodScheduled']);

/**
 * GeneratePodReadyCondition (pkg/kubelet/status/generate.go) for a pod whose ContainersReady is
 * True: Ready too, unless a spec.readinessGates entry names a condition that is missing or not
 * True: then False, ReadinessGatesNotReady, a sentence per such gate joined by ", ". The
 * conditions it reads are the pod's foreign ones plus PodReadyToStartContainers and Initialized.
 */
export function podReadyWhenContainersReady(gates: PodSpec['readinessGates'], conditions: readonly Condition[] | undefined): { status: 'True' | 'False'; reason?: string; message?: string } {
  if (gates === undefined || gates.length === 0) return { status: 'True' };
  const unready: string[] = [];
  for (const g of gates) {
    const c = conditions?.find((x) => x.type === g.conditionType && !generatedAfterReady.has(x.type));
    if (c === undefined) unready.push(`corresponding condition of pod readiness gate "${g.conditionType}" does not exist.`);
    else if (c.status !== 'True') unready.push(`the status of pod readiness gate "${g.conditionType}" is not "True", but ${c.status}`);
  }
  return unready.length === 0 ? { status: 'True' } : { status: 'False', reason: 'ReadinessGatesNotReady', message: unready.join(', ') };
}

/**
 * mergePodStatus for a status whose generated phase is terminal (a pod past its deadline whose
 * containers still stop, say): if Ready or ContainersReady is True, both become False with the
 * phase's reason (generateContainersReadyConditionForTerminalPhase: PodFailed or PodCompleted);
 * conditions already False keep their reason.
 */
export function readinessForTerminalPhase(conds: Condition[], phase: 'Failed' | 'Succeeded', now: string): void {
  if (!conds.some((c) => (c.type === 'Ready' || c.type === 'ContainersReady') && c.status === 'True')) return;
  const why = phase === 'Failed' ? 'PodFailed' : 'PodCompleted';
  setCond(conds, 'Ready', 'False', now, why);
  setCond(conds, 'ContainersReady', 'False', now, why);
}

/**
 * Whether GeneratePodReadyCondition would now say otherwise than the pod's Ready for a pod with
 * readiness gates whose containers are ready: a condition a gate names was added or changed since
 * (only such pods are asked: others' Ready follows their containers alone).
 */
export function readinessGateChanged(p: Pod): boolean {
  const gates = p.spec.readinessGates;
  if (gates === undefined || gates.length === 0) return false;
  const conds = p.status.conditions;
  if (!conds?.some((c) => c.type === 'ContainersReady' && c.status === 'True')) return false;
  const ready = podReadyWhenContainersReady(gates, conds);
  const cur = conds.find((c) => c.type === 'Ready');
  return cur === undefined || cur.status !== ready.status || cur.reason !== ready.reason || cur.message !== ready.message;
}

/** The containers are all ready: ContainersReady True, and Ready as the readiness gates allow. */
function containersReady(p: Pod, now: string): void {
  const conds = (p.status.conditions ??= []);
  const ready = podReadyWhenContainersReady(p.spec.readinessGates, conds);
  setCond(conds, 'Ready', ready.status, now, ready.reason, ready.message);
  setCond(conds, 'ContainersReady', 'True', now);
}

/**
 * How long the containers' preStop `sleep` hooks hold a kill (PodLifecycleSleepAction, GA in 1.34):
 * the longest of them, each cut to the pod's grace period (the containers are killed in parallel).
 */
export function preStopSleepMs(pod: Pod, containers: Container[]): number {
  const grace = pod.metadata.deletionGracePeriodSeconds ?? (pod.spec as { terminationGracePeriodSeconds?: number }).terminationGracePeriodSeconds ?? 30;
  let longest = 0;
  for (const c of containers) {
    const seconds = (c['lifecycle'] as { preStop?: { sleep?: { seconds?: number } } } | undefined)?.preStop?.sleep?.seconds;
    if (typeof seconds === 'number' && seconds > 0) longest = Math.max(longest, Math.min(seconds, Math.max(grace, 0)));
  }
  return longest * 1000;
}

/**
 * killContainer for one container: its preStop sleep within the grace period, then SIGTERM and a
 * stop window of what is left of the grace period, at least 2s; a container that exits on SIGTERM
 * within the window ends with 143 (`afterMs` from the kill), one still running at its end is
 * SIGKILLed (137).
 */
export function containerKill(pod: Pod, c: Container, onSigterm: number | 'ignore'): { hookMs: number; afterMs: number; exitCode: number } {
  const graceMs = (pod.metadata.deletionGracePeriodSeconds ?? (pod.spec as { terminationGracePeriodSeconds?: number }).terminationGracePeriodSeconds ?? 30) * 1000;
  const hookMs = preStopSleepMs(pod, [c]);
  const windowMs = Math.max(graceMs - hookMs, MinimumStopWindowMs);
  if (onSigterm !== 'ignore' && onSigterm < windowMs) return { hookMs, afterMs: hookMs + onSigterm, exitCode: SigtermExitCode };
  return { hookMs, afterMs: hookMs + windowMs, exitCode: SigkillExitCode };
}

/**
 * How a container being killed ends: killed as containerKill says, unless its own work ends first
 * (`naturalMs` from the kill), with its own code; `returnMs` is when its killContainer returns
 * (not before its hook has).
 */
export function containerEnd(kill: { hookMs: number; afterMs: number; exitCode: number }, naturalMs: number, naturalCode: number): { endMs: number; exitCode: number; reason: string; returnMs: number } {
  if (naturalMs < kill.afterMs) return { endMs: naturalMs, exitCode: naturalCode, reason: naturalCode === 0 ? 'Completed' : 'Error', returnMs: Math.max(naturalMs, kill.hookMs) };
  return { endMs: kill.afterMs, exitCode: kill.exitCode, reason: 'Error', returnMs: kill.afterMs };
}

/**
 * When each running sidecar of a pod being killed ends (ms from the kill's start). Each sidecar's
 * killContainer runs at once (killContainersWithSyncResult): its preStop sleep within the grace
 * period, then its turn (newTerminationOrdering, waitForTurn): it waits for the regular containers
 * being killed (`regularReturnMs`: when the last of their killContainer calls returns) and for the
 * sidecar declared right after it, if that one runs, for no longer than what its hook left of the
 * grace period; then SIGTERM, on which a sidecar exits at once. `running`: the running sidecars.
 */
export function sidecarKillEnds(pod: Pod, running: readonly Container[], regularReturnMs: number): Map<string, number> {
  const graceMs = (pod.metadata.deletionGracePeriodSeconds ?? (pod.spec as { terminationGracePeriodSeconds?: number }).terminationGracePeriodSeconds ?? 30) * 1000;
  const ends = new Map<string, number>();
  const inits = pod.spec.initContainers ?? [];
  /** the end of the sidecar declared after the one at hand, when it runs (the ordering's prerequisite) */
  let laterEndMs: number | undefined;
  for (let i = inits.length - 1; i >= 0; i--) {
    const c = inits[i]!;
    if (!isRestartableInitContainer(c)) continue;
    if (!running.includes(c)) {
      // not running: its channel is closed from the start, so nothing waits on it
      laterEndMs = undefined;
      continue;
    }
    const hookMs = preStopSleepMs(pod, [c]);
    const leftMs = graceMs - hookMs;
    const turnMs = Math.max(regularReturnMs, laterEndMs ?? 0);
    // waitForTurn: no wait with no grace left, else up to what is left of it
    const endMs = hookMs + (leftMs > 0 ? Math.min(Math.max(turnMs - hookMs, 0), leftMs) : 0);
    ends.set(c.name, endMs);
    laterEndMs = endMs;
  }
  return ends;
}

/** The regular containers whose status shows them running, in spec order (those a kill stops). */
function runningContainers(p: Pod): Container[] {
  const statuses = p.status.containerStatuses;
  if (!statuses) return [];
  return p.spec.containers.filter((c) => statuses.some((cs) => cs.name === c.name && cs.state.running !== undefined));
}

/** The names of the pod's sidecars, or undefined when it has none. */
function sidecarNames(p: Pod): Set<string> | undefined {
  let names: Set<string> | undefined;
  for (const c of p.spec.initContainers ?? []) if (isRestartableInitContainer(c)) (names ??= new Set()).add(c.name);
  return names;
}

/** The sidecars whose status shows them running, in spec order. */
function runningSidecars(p: Pod): Container[] {
  const inits = p.spec.initContainers;
  if (!inits || !p.status.initContainerStatuses) return [];
  return inits.filter((c) => isRestartableInitContainer(c) && p.status.initContainerStatuses!.some((cs) => cs.name === c.name && cs.state.running !== undefined));
}

/**
 * The running sidecars exit on the kubelet's SIGTERM (143, as every container it stops here), at
 * `endsMs` (their kill's ends) or now.
 */
function sidecarsStopped(p: Pod, now: string, endsMs?: ReadonlyMap<string, number>): void {
  const sidecars = sidecarNames(p);
  if (!sidecars) return;
  for (const cs of p.status.initContainerStatuses ?? []) {
    if (!sidecars.has(cs.name) || cs.state.running === undefined) continue;
    cs.ready = false;
    cs.started = false;
    const endMs = endsMs?.get(cs.name);
    cs.state = { terminated: { exitCode: SigtermExitCode, reason: 'Error', startedAt: cs.state.running.startedAt, finishedAt: endMs === undefined ? now : isoSeconds(endMs) } };
  }
}
