// The simulated API server: one in-memory store of Kubernetes objects with deterministic uids,
// resourceVersions, generateName, graceful deletion and finalizers, owner indexes, watches and
// the garbage collector's cascading deletion. Watches are delivered synchronously: handlers only
// enqueue keys into work queues, which run later in the controller lane.

import type { Kernel } from '../core/kernel.ts';
import { Lane } from '../core/kernel.ts';
import type { Rng } from '../core/rng.ts';
import { RngFactory } from '../core/rng.ts';
import { isoSeconds } from '../core/time.ts';
import { cpuMilli, memoryBytes, quantityError } from '../api/quantity.ts';
import { defaultJob, generateSelector } from '../api/defaults.ts';
import { defaultPodResources, type ResourceRequirements } from '../api/podresources.ts';
import { controllerRefOf, keyOf, qualifiedResource } from '../api/meta.ts';
import { Slot, SlotList } from '../core/slot.ts';
import { isServedKind } from '../api/kinds.ts';
import type { Container, ContainerStatus, EventRef, ResourceList, CronJob, Job, KEvent, KObject, Kind, Node, OwnerReference, Pod, PriorityClass, Toleration } from '../api/types.ts';

export type WatchType = 'ADDED' | 'MODIFIED' | 'DELETED';
export type WatchHandler<T extends KObject = KObject> = (type: WatchType, obj: T) => void;

export type ObjectOf<K extends Kind> = K extends 'Job'
  ? Job
  : K extends 'CronJob'
    ? CronJob
    : K extends 'Pod'
      ? Pod
      : K extends 'Node'
        ? Node
        : PriorityClass;

export type Propagation = 'Background' | 'Foreground' | 'Orphan';

export interface DeleteOptions {
  propagationPolicy?: Propagation;
  /** pods only: overrides spec.terminationGracePeriodSeconds */
  gracePeriodSeconds?: number;
  /** precondition: the uid the caller means */
  uid?: string;
}

export type ApiResult<T> = { ok: true; obj: T } | { ok: false; reason: 'NotFound' | 'AlreadyExists' | 'Conflict' | 'Invalid' | 'Forbidden'; message: string };

export interface TraceSink {
  (line: Record<string, unknown>): void;
}

export interface StoreOptions {
  /** keep deleted objects (last state) and events for the result's `items`/`events` */
  keepHistory: boolean;
  /** the ServiceAccount admission's volume names (kube-api-access-xxxxx); default: the name stream */
  admissionRng?: Rng;
  /** the events' uids; default: a fixed stream of the store's own (it draws from no other stream) */
  eventUidRng?: Rng;
  trace?: TraceSink;
  /**
   * jobStrategy.Validate (ValidateJob) of a Job create, on the defaulted Job with its uid, before the
   * selector is generated (the rules say what generateSelector would find); the error strings. The
   * rules live with the loader's (scenario/validate); without it, Jobs are not validated here.
   */
  validateJob?: (job: Job) => string[];
  /** ValidateObjectMeta's checks of a pod create that its template escaped (finalizers: GetPodFromTemplate copies them); the error strings */
  validatePodMeta?: (pod: Pod) => string[];
}

const nameAlphabet = 'bcdfghjklmnpqrstvwxz2456789';
/** names.SimpleNameGenerator: maxNameLength 63 minus the 5 random characters */
const MaxGeneratedNameBase = 58;
const ForegroundDeletionFinalizer = 'foregroundDeletion';
const OrphanFinalizer = 'orphan';

/** An owner in foreground deletion, waiting for its dependents to go. */
function isWaitingForDependents(owner: KObject): boolean {
  return owner.metadata.deletionTimestamp !== undefined && owner.metadata.finalizers?.includes(ForegroundDeletionFinalizer) === true;
}
const kinds: Kind[] = ['CronJob', 'Job', 'Node', 'Pod', 'PriorityClass'];

/**
 * Whether `owner` (the object with the reference's uid, if any) is the owner the reference names,
 * as the collector's isDangling decides it: it GETs the reference's kind by name in the dependent's
 * namespace (cluster-scoped kinds: no namespace) and compares the uid. A uid alone is not trusted:
 * a wrong name, kind or namespace makes the reference dangling (ownerReferenceMatchesCoordinates).
 */
export function ownerReferenceResolves(ref: OwnerReference, owner: KObject | undefined, dependentNamespace: string | undefined): boolean {
  if (!owner || owner.metadata.uid !== ref.uid || owner.kind !== ref.kind || owner.metadata.name !== ref.name) return false;
  return isClusterScoped(owner.kind) || owner.metadata.namespace === dependentNamespace;
}

/**
 * reportInvalidNamespaceOwnerRef: the message of the Warning for a reference whose uid is an
 * observed namespaced object of another namespace (owner references are namespace-local).
 */
export function invalidNamespaceOwnerRefMessage(ref: OwnerReference, dependentNamespace: string | undefined): string {
  const ns = dependentNamespace ?? '';
  return `ownerRef [${ref.apiVersion}/${ref.kind}, namespace: ${ns}, name: ${ref.name}, uid: ${ref.uid}] does not exist in namespace "${ns}"`;
}

/**
 * deletionFinalizersForGarbageCollection: the finalizers after a DELETE with `policy`: the GC ones
 * (orphan, foregroundDeletion) replaced by the policy's own; a set that comes out the same is
 * returned as it was (its order kept). Undefined for none left.
 */
function gcFinalizersFor(original: string[] | undefined, policy: Propagation): string[] | undefined {
  const have = original ?? [];
  const policyFinalizer = policy === 'Foreground' ? ForegroundDeletionFinalizer : policy === 'Orphan' ? OrphanFinalizer : undefined;
  const rest = have.filter((f) => f !== OrphanFinalizer && f !== ForegroundDeletionFinalizer);
  const wanted = policyFinalizer ? [...rest, policyFinalizer] : rest;
  if (wanted.length === have.length && wanted.every((f) => have.includes(f))) return original;
  return wanted.length > 0 ? wanted : undefined;
}

function isClusterScoped(kind: string): boolean {
  return kind === 'Node' || kind === 'PriorityClass';
}

export class Store {
  private objects = new Map<Kind, Map<string, KObject>>();
  private watchers = new Map<Kind, WatchHandler[]>();
  /** dependents by owner uid (any ownerReference), for GC and owner lookups */
  private dependents = new Map<string, Set<KObject>>();
  /** pods bound to each node, in binding order */
  private podsOnNode = new Map<string, SlotList<Pod>>();

  private byUid = new Map<string, KObject>();
  private rv = 0;
  readonly created: Record<string, number> = {};
  readonly archive: KObject[] = [];
  readonly events: KEvent[] = [];
  eventCount = 0;

  constructor(
    private readonly kernel: Kernel,
    private readonly uidRng: Rng,
    private readonly nameRng: Rng,
    readonly options: StoreOptions,
  ) {
    for (const k of kinds) this.objects.set(k, new Map());
  }

  get nowIso(): string {
    return isoSeconds(this.kernel.now);
  }

  // ---- reads ----

  get<K extends Kind>(kind: K, namespace: string, name: string): ObjectOf<K> | undefined {
    return this.objects.get(kind)!.get(kind === 'Node' || kind === 'PriorityClass' ? name : `${namespace}/${name}`) as ObjectOf<K> | undefined;
  }

  /** A namespaced object by its `namespace/name` key (the work-queue key, no string building). */
  getByKey<K extends Kind>(kind: K, key: string): ObjectOf<K> | undefined {
    return this.objects.get(kind)!.get(key) as ObjectOf<K> | undefined;
  }

  getByUid(uid: string): KObject | undefined {
    return this.byUid.get(uid);
  }

  /** All objects of a kind, in creation order. */
  list<K extends Kind>(kind: K): IterableIterator<ObjectOf<K>> {
    return this.objects.get(kind)!.values() as IterableIterator<ObjectOf<K>>;
  }

  count(kind: Kind): number {
    return this.objects.get(kind)!.size;
  }

  /** Objects with an ownerReference to `uid`, in creation order. */
  dependentsOf(uid: string): Iterable<KObject> {
    return this.dependents.get(uid) ?? emptySet;
  }

  /** Pods bound to a node, in binding order. */
  podsOnNodeNamed(node: string): Pod[] {
    return this.podsOnNode.get(node)?.values() ?? [];
  }

  watch<K extends Kind>(kind: K, h: WatchHandler<ObjectOf<K>>): void {
    let l = this.watchers.get(kind);
    if (!l) this.watchers.set(kind, (l = []));
    l.push(h as WatchHandler);
  }

  // ---- writes ----

  /** Creates an object: assigns uid, name (generateName), resourceVersion, creationTimestamp. */
  create<T extends KObject>(obj: T): ApiResult<T> {
    const m = obj.metadata;
    const kind = obj.kind as Kind;
    const map = this.objects.get(kind)!;
    const clusterScoped = kind === 'Node' || kind === 'PriorityClass';
    if (!clusterScoped && !m.namespace) m.namespace = 'default';
    // the Priority admission's computation, made once: it refuses or it is applied below
    const priority = kind === 'Pod' ? podPriority(obj as unknown as Pod, this) : null;
    if (kind === 'Pod') {
      // admission runs before the name is generated, so a refusal names the generateName
      const refusal = podAdmissionRefusal(obj as unknown as Pod, priority);
      if (refusal) return { ok: false, reason: 'Forbidden', message: `pods "${m.name || m.generateName || 'Unknown'}" is forbidden: ${refusal}` };
    }
    if (!m.name && m.generateName) {
      for (let i = 0; i < 100; i++) {
        let suffix = '';
        for (let j = 0; j < 5; j++) suffix += nameAlphabet[this.nameRng.int(nameAlphabet.length)];
        // SimpleNameGenerator: the base is cut to 58 characters so that the name stays within 63
        const candidate = (m.generateName.length > MaxGeneratedNameBase ? m.generateName.slice(0, MaxGeneratedNameBase) : m.generateName) + suffix;
        if (!map.has(clusterScoped ? candidate : `${m.namespace}/${candidate}`)) {
          m.name = candidate;
          break;
        }
      }
    }
    if (kind === 'Pod') {
      // SetDefaults_Pod runs at decoding, before validation: a pod whose defaulted pod-level
      // requests exceed its limits is refused, although its template was valid
      defaultPod(obj as unknown as Pod);
      // the rules for Pods that pod templates escape (validateContainersOnlyForPod), after the name
      const metaErrors = this.options.validatePodMeta?.(obj as unknown as Pod);
      const invalid = metaErrors && metaErrors.length > 0 ? [...metaErrors, ...podOnlyErrors(obj as unknown as Pod)] : podOnlyErrors(obj as unknown as Pod);
      if (invalid.length > 0) return { ok: false, reason: 'Invalid', message: `Pod "${m.name}" is invalid: ${invalid.length === 1 ? invalid[0] : `[${invalid.join(', ')}]`}` };
    }
    const key = clusterScoped ? m.name : keyOf(obj);
    if (map.has(key)) return { ok: false, reason: 'AlreadyExists', message: `${qualifiedResource(kind)} "${m.name}" already exists` };
    m.uid = this.newUid();
    if (kind === 'Job') {
      // API-server defaulting (a CronJob's Jobs arrive undefaulted), then the registry strategy: a
      // Job the CronJob controller makes is validated as any create is, and may be refused (the uid
      // drawn for it is lost, as a refused create's is)
      defaultJob(obj as unknown as Job);
      const invalid = this.options.validateJob?.(obj as unknown as Job) ?? [];
      if (invalid.length > 0) return { ok: false, reason: 'Invalid', message: `Job.batch "${m.name}" is invalid: ${invalid.length === 1 ? invalid[0] : `[${invalid.join(', ')}]`}` };
      prepareJobForCreate(obj as unknown as Job);
    }
    m.resourceVersion = String(++this.rv);
    m.creationTimestamp = this.nowIso;
    // WipeObjectMetaSystemFields: a deletion requested in the manifest means nothing on create
    if (m.deletionTimestamp !== undefined || m.deletionGracePeriodSeconds !== undefined) {
      delete m.deletionTimestamp;
      delete m.deletionGracePeriodSeconds;
    }
    if (kind === 'Pod') {
      admitPod(obj as unknown as Pod, priority, this.options.admissionRng ?? this.nameRng);
      // a pod created bound gets its node's topology labels at creation (PodTopologyLabels admission)
      const bound = (obj as unknown as Pod).spec.nodeName;
      const zoneLabels = bound ? this.topologyLabelsOfNode(bound) : undefined;
      if (zoneLabels) withTopologyLabels(obj as unknown as Pod, zoneLabels);
      // podStrategy.PrepareForCreate: generation 1 (1.33+, ungated)
      m.generation = 1;
    }
    if (kind === 'CronJob') {
      // cronJobStrategy.PrepareForCreate: generation 1, empty status
      obj.metadata.generation = 1;
      (obj as unknown as CronJob).status ??= {};
    }
    map.set(key, obj);
    this.byUid.set(m.uid, obj);
    markStored(obj, this);
    for (const ref of m.ownerReferences ?? []) this.indexDependent(ref.uid, obj);
    if (kind === 'Pod' && (obj as unknown as Pod).spec.nodeName) this.indexNode(obj as unknown as Pod);
    this.created[kind] = (this.created[kind] ?? 0) + 1;
    this.trace('ADDED', obj);
    this.notify(kind, 'ADDED', obj);
    if (m.ownerReferences?.length) this.addDependentToOwners(obj, m.ownerReferences);
    return { ok: true, obj };
  }

  /**
   * Writes a change made by `mutate` to a stored object (status or metadata): bumps the
   * resourceVersion, notifies watchers, and finishes a pending deletion once finalizers are gone.
   */
  update<T extends KObject>(obj: T, mutate?: (o: T) => void, opts?: { specChanged?: boolean; ownersMayChange?: boolean; deletionWrite?: boolean }): void {
    if (!this.isLive(obj)) return;
    const ownersBefore = opts?.ownersMayChange ? (obj.metadata.ownerReferences ?? []) : undefined;
    mutate?.(obj);
    if (ownersBefore) this.reindexOwners(obj, ownersBefore);
    obj.metadata.resourceVersion = String(++this.rv);
    if (opts?.specChanged && (obj.kind === 'Job' || obj.kind === 'CronJob')) obj.metadata.generation = (obj.metadata.generation ?? 1) + 1;
    if (this.readyToRemove(obj)) {
      // a graceful deletion with period 0 is still written (deletionTimestamp, generation) before
      // the object goes: the watch shows that MODIFIED, then the DELETED (controllers here need
      // only the DELETED); an update that empties the finalizers is no write of its own
      if (opts?.deletionWrite) this.trace('MODIFIED', obj);
      this.remove(obj);
      return;
    }
    this.trace('MODIFIED', obj);
    this.notify(obj.kind as Kind, 'MODIFIED', obj);
  }

  /** Binds a pod to a node (the scheduler's Binding subresource). */
  bind(pod: Pod, nodeName: string, mutate?: (p: Pod) => void): void {
    const zoneLabels = this.topologyLabelsOfNode(nodeName);
    this.update(pod, (p) => {
      p.spec.nodeName = nodeName;
      if (zoneLabels) withTopologyLabels(p, zoneLabels);
      mutate?.(p);
      this.indexNode(p);
    });
  }

  /** The zone and region labels of a node, kept per labels map (binding is on every pod's path). */
  private topologyLabelsOfNode(name: string): Array<[string, string]> | undefined {
    const node = this.get('Node', '', name);
    if (!node) return undefined;
    const labels = node.metadata.labels;
    if (this.zoneLabelsCache.get(name)?.labels === labels) return this.zoneLabelsCache.get(name)!.pairs;
    const pairs = topologyLabelPairs(node);
    this.zoneLabelsCache.set(name, { labels, pairs });
    return pairs;
  }

  private zoneLabelsCache = new Map<string, { labels: Record<string, string> | undefined; pairs: Array<[string, string]> | undefined }>();

  isLive(obj: KObject): boolean {
    return storedIn.get(obj) === this;
  }

  /**
   * DELETE as the API server does it: objects with finalizers, and pods that a kubelet must stop,
   * get a deletionTimestamp; everything else goes at once, and its dependents are collected
   * (background propagation) or deleted first (foreground).
   */
  delete(obj: KObject, opts: DeleteOptions = {}): ApiResult<KObject> {
    if (!this.isLive(obj)) return { ok: false, reason: 'NotFound', message: `${qualifiedResource(obj.kind)} "${obj.metadata.name}" not found` };
    if (opts.uid && opts.uid !== obj.metadata.uid) return { ok: false, reason: 'Conflict', message: 'Precondition failed: UID in precondition does not match the UID in record' };
    const m = obj.metadata;
    const propagation = opts.propagationPolicy ?? 'Background';
    if (obj.kind === 'Pod') {
      const pod = obj as Pod;
      // Pod strategy (CheckGracefulDelete): unscheduled or terminal pods are deleted with grace 0.
      let grace = opts.gracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
      // CheckGracefulDelete: a negative period (accepted on create, with a warning) counts as 1
      if (grace < 0) grace = 1;
      if (!pod.spec.nodeName || pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') grace = 0;
      if (m.deletionTimestamp !== undefined) {
        // A second DELETE may only shorten the grace period.
        if (grace === 0) finalDelete.set(obj, true);
        if (grace === 0 && this.readyToRemove(obj)) this.remove(obj);
        return { ok: true, obj };
      }
      if (grace === 0) finalDelete.set(obj, true);
      // deletionFinalizersForGarbageCollection holds for pods too: a policy given (the collector
      // deletes a pod that owns something in the foreground) replaces the GC finalizers; without one
      // the pod keeps its own. A pending finalizer keeps even a grace-0 pod until it goes.
      const finalizers = opts.propagationPolicy !== undefined ? gcFinalizersFor(m.finalizers, opts.propagationPolicy) : m.finalizers;
      this.update(
        obj,
        (o) => {
          o.metadata.deletionTimestamp = isoSeconds(this.kernel.now + grace * 1000);
          o.metadata.deletionGracePeriodSeconds = grace;
          if (finalizers !== o.metadata.finalizers) o.metadata.finalizers = finalizers;
          // BeforeDelete: a graceful deletion bumps the generation
          if ((o.metadata.generation ?? 0) > 0) o.metadata.generation! += 1;
        },
        { deletionWrite: true },
      );
      // the garbage collector then finalizes the pod's orphan / foregroundDeletion finalizers as
      // any owner's (attemptToOrphan; processDeletingDependentsItem once no blocking dependent is
      // left): at once for the usual pod, which owns nothing
      const uid = m.uid;
      if (m.finalizers?.includes(OrphanFinalizer)) this.orphanLater(uid);
      if (m.finalizers?.includes(ForegroundDeletionFinalizer)) {
        this.gcTask(() => {
          this.collectDependents(uid);
          this.removeForegroundFinalizerIfUnblocked(uid);
        });
      }
      return { ok: true, obj };
    }
    if (m.deletionTimestamp !== undefined) {
      // already being deleted: deletionFinalizersForGarbageCollection still applies a policy that
      // is given, replacing the GC finalizers; with none left the object goes at once (a
      // Background DELETE of a Job in foreground deletion removes it)
      if (opts.propagationPolicy !== undefined) {
        const have = m.finalizers ?? [];
        const next = have.filter((f) => f !== OrphanFinalizer && f !== ForegroundDeletionFinalizer);
        if (propagation === 'Orphan') next.push(OrphanFinalizer);
        if (propagation === 'Foreground') next.push(ForegroundDeletionFinalizer);
        const same = next.length === have.length && next.every((f) => have.includes(f));
        if (!same && next.length === 0) {
          m.finalizers = undefined;
          this.remove(obj);
        } else if (!same) {
          this.update(obj, (o) => (o.metadata.finalizers = next));
          if (propagation === 'Orphan') this.orphanLater(m.uid);
        }
      }
      return { ok: true, obj };
    }
    // deletionFinalizersForGarbageCollection: the propagation policy given replaces the GC
    // finalizers the object carries (orphan, foregroundDeletion) with its own; a set that comes out
    // the same is not rewritten, so it keeps its order
    const original = m.finalizers ?? [];
    const rest = original.filter((f) => f !== OrphanFinalizer && f !== ForegroundDeletionFinalizer);
    const finalizers = gcFinalizersFor(original, propagation) ?? [];
    if (rest.length !== original.length) m.finalizers = rest.length ? rest : undefined;
    // markAsDeleting: an object that stays (finalizers, foreground) gets its generation bumped
    const bump = (o: KObject) => {
      if ((o.kind === 'Job' || o.kind === 'CronJob') && (o.metadata.generation ?? 0) > 0) o.metadata.generation! += 1;
    };
    if (propagation === 'Foreground') {
      // markAsDeleting with the foregroundDeletion finalizer; the garbage collector, a step later,
      // deletes the dependents and removes the finalizer once no blocking dependent is left (at
      // once when there is none): an owner seen through a watch is still there meanwhile
      this.update(obj, (o) => {
        bump(o);
        o.metadata.deletionTimestamp = this.nowIso;
        o.metadata.deletionGracePeriodSeconds = 0;
        o.metadata.finalizers = finalizers;
      });
      const uid = m.uid;
      this.gcTask(() => {
        this.collectDependents(uid);
        this.removeForegroundFinalizerIfUnblocked(uid);
      });
      return { ok: true, obj };
    }
    if (propagation === 'Orphan' || (m.finalizers?.length ?? 0) > 0) {
      // Orphan: markAsDeleting with the orphan finalizer, which the garbage collector removes once
      // it has taken the object's ownerReference off every dependent (attemptToOrphan)
      this.update(obj, (o) => {
        bump(o);
        o.metadata.deletionTimestamp = this.nowIso;
        o.metadata.deletionGracePeriodSeconds = 0;
        if (propagation === 'Orphan') o.metadata.finalizers = finalizers;
      });
      if (propagation === 'Orphan') this.orphanLater(m.uid);
      return { ok: true, obj };
    }
    m.deletionTimestamp = this.nowIso;
    this.remove(obj);
    return { ok: true, obj };
  }

  /** Removes one finalizer (a status-less metadata write). */
  removeFinalizer(obj: KObject, finalizer: string): void {
    if (!obj.metadata.finalizers?.includes(finalizer)) return;
    this.update(obj, (o) => {
      const f = o.metadata.finalizers!.filter((x) => x !== finalizer);
      o.metadata.finalizers = f.length ? f : undefined;
    });
  }

  // ---- events ----

  recordEvent(obj: KObject, type: 'Normal' | 'Warning', reason: string, message: string, component: string, host?: string, ref?: EventRef): void {
    this.eventCount++;
    this.created['Event'] = (this.created['Event'] ?? 0) + 1;
    if (!this.options.keepHistory && !this.options.trace) return;
    const ts = this.nowIso;
    const m = obj.metadata;
    const involved: KEvent['involvedObject'] = { kind: obj.kind, namespace: m.namespace, name: m.name, uid: m.uid };
    if (!ref?.noApiVersion) involved.apiVersion = obj.apiVersion;
    if (!ref?.bare) involved.resourceVersion = ref?.resourceVersion ?? m.resourceVersion;
    if (ref?.fieldPath) involved.fieldPath = ref.fieldPath;
    const ev: KEvent = {
      apiVersion: 'v1',
      kind: 'Event',
      // Events live in their own resourceVersion sequence (as in an events etcd), and their uids
      // come from a stream of their own, so that recording them changes no other object
      metadata: {
        name: `${m.name}.${this.eventCount.toString(16).padStart(16, '0')}`,
        namespace: m.namespace ?? 'default',
        uid: this.newUid(this.eventUidRng),
        resourceVersion: String(this.eventCount),
        creationTimestamp: ts,
      },
      type,
      reason,
      message,
      involvedObject: involved,
      firstTimestamp: ts,
      lastTimestamp: ts,
      count: 1,
      source: host ? { component, host } : { component },
      eventTime: null,
      reportingComponent: component,
      reportingInstance: host ?? '',
    };
    if (this.options.keepHistory) this.events.push(ev);
    this.options.trace?.({ t: ts, type: 'event', event: ev });
  }

  // ---- internals ----

  private eventUids: Rng | undefined;

  private get eventUidRng(): Rng {
    return (this.eventUids ??= this.options.eventUidRng ?? new RngFactory(0).stream('apiserver/event-uid'));
  }

  private newUid(r: Rng = this.uidRng): string {
    // a version-4 uuid: xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx, drawn left to right, built as one string
    const c = uidChars;
    for (let i = 0; i < 36; i++) {
      if (i === 8 || i === 13 || i === 18 || i === 23) c[i] = 45; // '-'
      else if (i === 14) c[i] = 52; // '4'
      else if (i === 19) c[i] = hexCodes[8 + r.int(4)]!;
      else c[i] = hexCodes[r.int(16)]!;
    }
    return String.fromCharCode.apply(null, c);
  }

  private unindexDependent(ownerUid: string, obj: KObject): void {
    const s = this.dependents.get(ownerUid);
    if (s?.delete(obj) && s.size === 0) this.dependents.delete(ownerUid);
  }

  private indexDependent(ownerUid: string, obj: KObject): void {
    let s = this.dependents.get(ownerUid);
    if (!s) this.dependents.set(ownerUid, (s = new Set()));
    s.add(obj);
  }

  private indexNode(pod: Pod): void {
    const n = pod.spec.nodeName!;
    let s = this.podsOnNode.get(n);
    if (!s) this.podsOnNode.set(n, (s = new SlotList<Pod>(nodePosition)));
    s.add(pod);
  }

  /** Foreground deletion of an owner finishes when its last blocking dependent is gone (or no longer its dependent). */
  private finishForegroundIfUnblocked(ownerUid: string): void {
    const owner = this.byUid.get(ownerUid);
    if (owner && owner.metadata.finalizers?.includes(ForegroundDeletionFinalizer) && !this.hasBlockingDependents(ownerUid)) {
      this.gcTask(() => this.removeForegroundFinalizerIfUnblocked(ownerUid));
    }
  }

  /** The collector's step that ends a foreground deletion: no blocking dependent is left. */
  private removeForegroundFinalizerIfUnblocked(ownerUid: string): void {
    const o = this.byUid.get(ownerUid);
    if (o && !this.hasBlockingDependents(ownerUid)) this.removeFinalizer(o, ForegroundDeletionFinalizer);
  }

  /**
   * An update changed ownerReferences (a user patch): the garbage collector's graph follows
   * (graph_builder processGraphChanges). An owner no longer referenced, or referenced with
   * blockOwnerDeletion no longer true, stops waiting for this dependent (addUnblockedOwnersToDeleteQueue);
   * a new reference to an object that does not exist is dangling, and the collector
   * deletes the dependent if it has no owner left (attemptToDeleteItem).
   */
  private reindexOwners(obj: KObject, before: readonly OwnerReference[]): void {
    const after = obj.metadata.ownerReferences ?? [];
    if (before === after) return;
    for (const r of before) {
      const kept = after.find((a) => a.uid === r.uid);
      if (kept) {
        if (r.blockOwnerDeletion === true && kept.blockOwnerDeletion !== true) this.finishForegroundIfUnblocked(r.uid);
        continue;
      }
      this.unindexDependent(r.uid, obj);
      this.finishForegroundIfUnblocked(r.uid);
    }
    const added: OwnerReference[] = [];
    for (const r of after) {
      if (before.some((b) => b.uid === r.uid)) continue;
      this.indexDependent(r.uid, obj);
      added.push(r);
    }
    if (added.length > 0) this.addDependentToOwners(obj, added);
  }

  /**
   * graph_builder addDependentToOwners, for references new to the graph: one that resolves to no
   * owner (absent, or a uid whose object has other coordinates) sends the dependent to the
   * collector, which deletes it if no owner is left (attemptToDeleteItem); the first reference
   * whose uid is a namespaced object of another namespace is reported on the dependent
   * (reportInvalidNamespaceOwnerRef).
   */
  private addDependentToOwners(obj: KObject, refs: readonly OwnerReference[]): void {
    const ns = obj.metadata.namespace;
    // (every pod created comes here: the usual case, all resolved, allocates nothing)
    if (refs.every((r) => ownerReferenceResolves(r, this.byUid.get(r.uid), ns))) return;
    const unresolved = refs.filter((r) => !ownerReferenceResolves(r, this.byUid.get(r.uid), ns));
    const invalidNs = unresolved.find((r) => {
      const o = this.byUid.get(r.uid);
      return o !== undefined && !isClusterScoped(o.kind) && o.metadata.namespace !== ns;
    });
    const uid = obj.metadata.uid;
    this.gcTask(() => {
      const dep = this.byUid.get(uid);
      if (!dep) return;
      if (invalidNs) this.recordEvent(dep, 'Warning', 'OwnerRefInvalidNamespace', invalidNamespaceOwnerRefMessage(invalidNs, ns), 'garbage-collector-controller', undefined, { bare: true });
      this.attemptToDeleteItem(dep);
    });
  }

  /** The owner a reference of `dependent` names, if it exists (isDangling's GET by name, uid compared). */
  private ownerOf(dependent: KObject, ref: OwnerReference): KObject | undefined {
    const o = this.byUid.get(ref.uid);
    return ownerReferenceResolves(ref, o, dependent.metadata.namespace) ? o : undefined;
  }

  private hasBlockingDependents(uid: string): boolean {
    for (const d of this.dependentsOf(uid)) {
      if (d.metadata.ownerReferences?.some((r) => r.uid === uid && r.blockOwnerDeletion)) return true;
    }
    return false;
  }

  private readyToRemove(obj: KObject): boolean {
    const m = obj.metadata;
    if (m.deletionTimestamp === undefined || (m.finalizers?.length ?? 0) > 0) return false;
    if (obj.kind === 'Pod') return finalDelete.get(obj) === true;
    return true;
  }

  private remove(obj: KObject): void {
    const kind = obj.kind as Kind;
    const m = obj.metadata;
    const key = kind === 'Node' || kind === 'PriorityClass' ? m.name : keyOf(obj);
    this.objects.get(kind)!.delete(key);
    this.byUid.delete(m.uid);
    // the delete is a revision of its own: the DELETED event carries it
    m.resourceVersion = String(++this.rv);
    storedIn.set(obj, null);
    finalDelete.set(obj, undefined);
    for (const ref of m.ownerReferences ?? []) {
      this.unindexDependent(ref.uid, obj);
      this.finishForegroundIfUnblocked(ref.uid);
    }
    if (kind === 'Node' && this.podsOnNode.get(m.name)?.size === 0) this.podsOnNode.delete(m.name);
    if (kind === 'Pod') {
      const n = (obj as Pod).spec.nodeName;
      if (n) {
        const s = this.podsOnNode.get(n);
        if (s) {
          s.delete(obj as Pod);
          // a live node keeps its (empty) list: nodes empty and fill again all the time
          if (s.size === 0 && !this.objects.get('Node')!.has(n)) this.podsOnNode.delete(n);
        }
      }
    }
    if (this.options.keepHistory) this.archive.push(obj);
    this.trace('DELETED', obj);
    this.notify(kind, 'DELETED', obj);
    if (this.dependents.has(m.uid)) {
      // The garbage collector deletes dependents whose owner is gone (attemptToDeleteItem).
      const uid = m.uid;
      this.gcTask(() => this.collectDependents(uid));
    }
  }

  /** work for the garbage collector, held while the controller manager is down */
  private gcHeld: (() => void)[] | null = null;

  private gcTask(work: () => void): void {
    if (this.gcHeld) this.gcHeld.push(work);
    else this.kernel.after(0, Lane.Controller, work);
  }

  /**
   * The garbage collector stops with the controller manager (controllerDown: all). Back, it
   * rebuilds its graph from a full list and processes what it finds: the dangling dependents and
   * the owners waiting in foreground deletion, which are the work held meanwhile (each still
   * checked against the objects as they are then).
   */
  setGarbageCollectorDown(down: boolean): void {
    if (down) {
      this.gcHeld ??= [];
      return;
    }
    const held = this.gcHeld ?? [];
    this.gcHeld = null;
    for (const work of held) this.kernel.after(0, Lane.Controller, work);
  }

  /** The owner is gone or deleting its dependents in the foreground: the collector looks at each. */
  private collectDependents(ownerUid: string): void {
    const deps = this.dependents.get(ownerUid);
    if (!deps) return;
    for (const d of [...deps]) this.attemptToDeleteItem(d);
  }

  /**
   * Garbage collector, attemptToDeleteItem, for an object not being deleted: its owners are solid
   * (there), dangling (no object has the uid) or waiting for their dependents' deletion (foreground).
   * With a solid owner left it only loses the other references; otherwise it is deleted, in the
   * foreground when an owner waits and it has dependents of its own, else with the policy its own
   * finalizers ask for (orphan, foregroundDeletion), else in the background.
   */
  private attemptToDeleteItem(obj: KObject): void {
    // (callers pass live objects: the uid index and the dependents index hold no others)
    const refs = obj.metadata.ownerReferences;
    if (!refs || obj.metadata.deletionTimestamp !== undefined) return;
    // a reference of a kind the REST mapper cannot resolve can be confirmed neither absent nor
    // present: the collector retries it forever (attemptToDeleteWorker, restMappingError) and never
    // classifies the dependent
    if (refs.some((r) => !isServedKind(r.apiVersion, r.kind))) return;
    let solid = 0;
    let waiting = 0;
    // a pass that allocates nothing: the usual dependent has one owner, gone or waiting
    for (const r of refs) {
      const owner = this.ownerOf(obj, r);
      if (owner && isWaitingForDependents(owner)) waiting++;
      else if (owner) solid++;
    }
    if (solid === refs.length) return;
    if (solid > 0) {
      const kept = refs.filter((r) => {
        const owner = this.ownerOf(obj, r);
        return owner !== undefined && !isWaitingForDependents(owner);
      });
      this.update(obj, (o) => (o.metadata.ownerReferences = kept), { ownersMayChange: true });
      return;
    }
    const own = obj.metadata.finalizers ?? [];
    const viaForeground = waiting > 0 && this.dependents.has(obj.metadata.uid);
    if (viaForeground && [...this.dependentsOf(obj.metadata.uid)].some(isWaitingForDependents)) {
      // a dependent of its own deletes its dependents too: to prevent a potential cycle its owners
      // stop waiting for it first (unblockOwnerReferencesStrategicMergePatch: every blocking
      // reference gets blockOwnerDeletion false), then it is deleted in the foreground
      const unblocked = refs.map((r) => (r.blockOwnerDeletion === true ? { ...r, blockOwnerDeletion: false } : r));
      this.update(obj, (o) => (o.metadata.ownerReferences = unblocked), { ownersMayChange: true });
    }
    const policy: Propagation = viaForeground ? 'Foreground' : own.includes(OrphanFinalizer) ? 'Orphan' : own.includes(ForegroundDeletionFinalizer) ? 'Foreground' : 'Background';
    this.delete(obj, { propagationPolicy: policy });
  }

  /** The collector's orphan step, a moment after an Orphan deletion was asked for. */
  private orphanLater(uid: string): void {
    this.gcTask(() => this.orphanDependents(uid));
  }

  /** attemptToOrphan: the owner's reference goes from every dependent, then its orphan finalizer. */
  private orphanDependents(ownerUid: string): void {
    const owner = this.byUid.get(ownerUid);
    if (!owner || !owner.metadata.finalizers?.includes(OrphanFinalizer)) return;
    for (const d of [...this.dependentsOf(ownerUid)]) {
      this.update(d, (o) => (o.metadata.ownerReferences = (o.metadata.ownerReferences ?? []).filter((r) => r.uid !== ownerUid)), { ownersMayChange: true });
    }
    this.removeFinalizer(owner, OrphanFinalizer);
  }

  private notify(kind: Kind, type: WatchType, obj: KObject): void {
    const hs = this.watchers.get(kind);
    if (hs) for (const h of hs) h(type, obj);
  }

  private trace(type: WatchType, obj: KObject): void {
    if (!this.options.trace) return;
    const object = obj.kind === 'Pod' ? podAsStored(obj as unknown as Pod) : obj;
    this.options.trace({ t: this.nowIso, type: 'object', op: type, kind: obj.kind, namespace: obj.metadata.namespace, name: obj.metadata.name, object });
  }

  /** Live objects in creation order plus (with keepHistory) deleted ones. */
  allObjects(): KObject[] {
    const out: KObject[] = [...this.archive];
    for (const k of kinds) for (const o of this.objects.get(k)!.values()) out.push(o);
    return out;
  }
}

const emptySet: Set<KObject> = new Set();

/** a pod whose final (grace 0) deletion was requested: removed once its finalizers are gone */
const finalDelete = new Slot<boolean>('jobsim.finalDelete');
/** a pod's position in its node's list */
const nodePosition = new Slot<number>('jobsim.nodePosition');


/** Which store holds an object: "is this object still stored?", asked on every write, reads the object's own slot. */
const storedIn = new Slot<Store | null>('jobsim.storedIn');

function markStored(obj: KObject, store: Store): void {
  storedIn.set(obj, store);
}

const hexCodes = Array.from('0123456789abcdef', (ch) => ch.charCodeAt(0));
const uidChars: number[] = new Array<number>(36).fill(0);


/** DefaultTolerationSeconds: --default-not-ready/unreachable-toleration-seconds=300 */
const defaultTolerations: readonly Toleration[] = Object.freeze([
  Object.freeze({ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }),
  Object.freeze({ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }),
] as Toleration[]);

/** Whether a toleration already covers the NoExecute taint `key` (DefaultTolerationSeconds). */
function coversNoExecute(t: Toleration, key: string): boolean {
  return (t.key === key || t.key === undefined || t.key === '') && (t.effect === 'NoExecute' || t.effect === undefined || t.effect === '') && (t.operator === 'Exists' || t.key === key);
}

/** validateContainersOnlyForPod: an image with leading or trailing whitespace. */
function podOnlyErrors(pod: Pod): string[] {
  const out: string[] = [];
  const check = (cs: Container[] | undefined, path: string) => {
    if (!cs) return;
    for (let i = 0; i < cs.length; i++) {
      const image = cs[i]!.image ?? '';
      if (image.length !== image.trim().length) out.push(`${path}[${i}].image: Invalid value: ${JSON.stringify(image)}: must not have leading or trailing whitespace`);
    }
  };
  check(pod.spec.containers, 'spec.containers');
  check(pod.spec.initContainers, 'spec.initContainers');
  return out;
}

/** The Priority admission plugin's refusals: an unknown priorityClassName, or a stated priority or preemption policy other than the computed one. */
function podAdmissionRefusal(pod: Pod, computed: PodPriority | null): string | null {
  if (computed === null) return `no PriorityClass with name ${pod.spec.priorityClassName} was found`;
  // a pod may not state a priority or a preemption policy other than its class gives
  if (pod.spec.priority !== undefined && pod.spec.priority !== computed.value) {
    return `the integer value of priority (${pod.spec.priority}) must not be provided in pod spec; priority admission controller computed ${computed.value} from the given PriorityClass name`;
  }
  if (pod.spec.preemptionPolicy !== undefined && pod.spec.preemptionPolicy !== computed.preemptionPolicy) {
    return `the string value of PreemptionPolicy (${pod.spec.preemptionPolicy}) must not be provided in pod spec; priority admission controller computed ${computed.preemptionPolicy} from the given PriorityClass name`;
  }
  // the RuntimeClass admission plugin: a simulation has no RuntimeClass objects, so a named class
  // is never found, and an overhead can only have come from one
  const spec = pod.spec as { runtimeClassName?: unknown; overhead?: unknown };
  if (typeof spec.runtimeClassName === 'string' && spec.runtimeClassName !== '') return `pod rejected: RuntimeClass ${JSON.stringify(spec.runtimeClassName)} not found`;
  if (spec.overhead !== undefined && spec.overhead !== null) return 'pod rejected: Pod Overhead set without corresponding RuntimeClass defined Overhead';
  return null;
}

/** The PriorityClasses every API server creates at start-up (scheduling.SystemPriorityClasses). */
const systemPriorityClasses: ReadonlyMap<string, number> = new Map([
  ['system-cluster-critical', 2_000_000_000],
  ['system-node-critical', 2_000_001_000],
]);

/**
 * The Priority admission plugin's computation: the named class (null when there is none), else
 * the global default with the lowest value, else priority 0 and PreemptLowerPriority.
 */
interface PodPriority {
  className: string;
  value: number;
  preemptionPolicy: string;
}

function podPriority(pod: Pod, store: Store): PodPriority | null {
  const name = pod.spec.priorityClassName;
  if (name) {
    const system = systemPriorityClasses.get(name);
    if (system !== undefined) return { className: name, value: system, preemptionPolicy: 'PreemptLowerPriority' };
    const pc = store.get('PriorityClass', '', name);
    return pc ? { className: name, value: pc.value, preemptionPolicy: pc.preemptionPolicy ?? 'PreemptLowerPriority' } : null;
  }
  let def: PriorityClass | undefined;
  for (const c of store.list('PriorityClass')) if (c.globalDefault && (def === undefined || c.value < def.value)) def = c;
  return def ? { className: def.metadata.name, value: def.value, preemptionPolicy: def.preemptionPolicy ?? 'PreemptLowerPriority' } : { className: '', value: 0, preemptionPolicy: 'PreemptLowerPriority' };
}

/**
 * SetDefaults_Pod, which runs on Pods only (never on templates): a resource with a limit and no
 * request is requested at its limit, and enableServiceLinks defaults to true. The pods of one
 * template share one defaulted containers array, as they share the template's.
 */
function defaultPod(pod: Pod): void {
  const spec = pod.spec;
  spec.containers = withRequestsFromLimits(spec.containers);
  if (spec.initContainers) spec.initContainers = withRequestsFromLimits(spec.initContainers);
  if (spec['enableServiceLinks'] === undefined) spec['enableServiceLinks'] = true;
  // pod-level resources, after the containers' (a property read for the pods that have none)
  const res = (spec as { resources?: ResourceRequirements | null }).resources;
  if (res !== undefined && res !== null) (spec as { resources?: ResourceRequirements }).resources = defaultedPodResources(res, spec.containers, spec.initContainers);
  // defaultHostNetworkPorts: a host-network pod's ports are host ports (pods only, not templates)
  if (spec['hostNetwork'] === true) {
    const withHostPorts = (cs: Container[]) =>
      cs.map((c) => {
        const ports = c['ports'] as Array<Record<string, unknown>> | undefined;
        if (!ports?.some((p) => p['hostPort'] === undefined)) return c;
        return { ...c, ports: ports.map((p) => (p['hostPort'] === undefined ? { ...p, hostPort: p['containerPort'] } : p)) };
      });
    spec.containers = withHostPorts(spec.containers);
    if (spec.initContainers) spec.initContainers = withHostPorts(spec.initContainers);
  }
}

/** the node labels the PodTopologyLabels admission copies onto a pod bound to the node */
const TopologyLabels = ['topology.kubernetes.io/zone', 'topology.kubernetes.io/region'];

/**
 * PodTopologyLabels admission (PodTopologyLabelsAdmission, beta and on in 1.35): the node's zone and
 * region labels, where it has them, onto the pod, at its binding (or creation, bound).
 */
function topologyLabelPairs(node: Node): Array<[string, string]> | undefined {
  const from = node.metadata.labels ?? {};
  const pairs = TopologyLabels.filter((k) => from[k] !== undefined).map((k): [string, string] => [k, from[k]!]);
  return pairs.length > 0 ? pairs : undefined;
}

function withTopologyLabels(pod: Pod, pairs: Array<[string, string]>): void {
  // a new map: a pod's labels may be shared with others made from the same template
  const labels = { ...pod.metadata.labels };
  for (const [k, v] of pairs) labels[k] = v;
  pod.metadata.labels = labels;
}

interface DefaultedPodResources {
  containers: Container[];
  initContainers: Container[] | undefined;
  out: ResourceRequirements;
}

const defaultedPodResourcesOf = new Slot<DefaultedPodResources>('jobsim.defaultedPodResources');

/**
 * SetDefaults_Pod's pod-level part (defaultHugePagePodLimits, defaultPodRequests), computed once per
 * template: the pods of one template share its resources object and their defaulted containers.
 */
function defaultedPodResources(res: ResourceRequirements, containers: Container[], initContainers: Container[] | undefined): ResourceRequirements {
  const known = defaultedPodResourcesOf.get(res);
  if (known && known.containers === containers && known.initContainers === initContainers) return known.out;
  const out = defaultPodResources(res, containers, initContainers);
  defaultedPodResourcesOf.remember(res, { containers, initContainers, out });
  return out;
}

const ServiceAccountTokenMountPath = '/var/run/secrets/kubernetes.io/serviceaccount';
/** TokenVolumeSource: the projected token, the cluster's CA and the namespace (shared: never written) */
const tokenVolumeSource = Object.freeze({
  sources: Object.freeze([
    Object.freeze({ serviceAccountToken: Object.freeze({ expirationSeconds: 3607, path: 'token' }) }),
    Object.freeze({ configMap: Object.freeze({ name: 'kube-root-ca.crt', items: Object.freeze([Object.freeze({ key: 'ca.crt', path: 'ca.crt' })]) }) }),
    Object.freeze({ downwardAPI: Object.freeze({ items: Object.freeze([Object.freeze({ path: 'namespace', fieldRef: Object.freeze({ apiVersion: 'v1', fieldPath: 'metadata.namespace' }) })]) }) }),
  ]),
  defaultMode: 420,
});

/** the name of a pod's kube-api-access volume, when the ServiceAccount admission mounts one */
const tokenVolumeOf = new Slot<string>('jobsim.tokenVolume');

/**
 * The ServiceAccount admission plugin: serviceAccountName `default`, and (unless the pod opts out
 * with automountServiceAccountToken: false) a projected kube-api-access-xxxxx volume mounted
 * read-only at /var/run/secrets/kubernetes.io/serviceaccount in every container that has nothing
 * mounted there. The volume's name is drawn now; the volume and the mounts, which nothing in the
 * cluster reads, are written into the pod where it is shown (podAsStored), so that the pods of
 * one template keep sharing its containers.
 */
function admitServiceAccount(pod: Pod, rng: Rng): void {
  const spec = pod.spec as PodSpecWithVolumes;
  if (!spec.serviceAccountName) spec.serviceAccountName = 'default';
  spec.serviceAccount = spec.serviceAccountName;
  if (spec.automountServiceAccountToken === false) return;
  const lacksMount = (cs: Container[] | undefined) => cs?.some((c) => !(c['volumeMounts'] as Array<Record<string, unknown>> | undefined)?.some((m) => m['mountPath'] === ServiceAccountTokenMountPath)) ?? false;
  const existing = spec.volumes?.find((v) => typeof v['name'] === 'string' && (v['name'] as string).startsWith('kube-api-access-'));
  let name = existing?.['name'] as string | undefined;
  if (name === undefined) {
    name = 'kube-api-access-';
    for (let j = 0; j < 5; j++) name += nameAlphabet[rng.int(nameAlphabet.length)];
  }
  if (lacksMount(spec.containers) || lacksMount(spec.initContainers)) tokenVolumeOf.set(pod, name);
}

type PodSpecWithVolumes = Pod['spec'] & { serviceAccountName?: string; serviceAccount?: string; automountServiceAccountToken?: boolean; volumes?: Array<Record<string, unknown>> };

/** A pod as the API server stores it: with the ServiceAccount admission's volume and mounts. */
export function podAsStored(pod: Pod): Pod {
  const withToken = podWithTokenVolume(pod);
  const st = withToken.status;
  if (!st.containerStatuses && !st.initContainerStatuses) return withToken;
  // what the kubelet's container statuses also carry (convertToAPIContainerStatuses), derived from
  // the spec: the container's mounts, its resources while it runs, and lastState {} (a struct Go
  // never omits)
  const byName = new Map<string, Container>();
  for (const c of withToken.spec.initContainers ?? []) byName.set(c.name, c);
  for (const c of withToken.spec.containers) byName.set(c.name, c);
  const shown = (list: ContainerStatus[] | undefined) =>
    list?.map((cs) => {
      const c = byName.get(cs.name);
      const mounts = (c?.['volumeMounts'] as Array<Record<string, unknown>> | undefined) ?? [];
      const out: ContainerStatus = { ...cs, lastState: cs.lastState ?? {} };
      if (cs.state.running) out.resources = (c?.resources as Record<string, unknown> | undefined) ?? {};
      if (mounts.length > 0) {
        out.volumeMounts = mounts.map((m) => ({ name: m['name'], mountPath: m['mountPath'], ...(m['readOnly'] === true ? { readOnly: true, recursiveReadOnly: 'Disabled' } : {}) }));
      }
      return out;
    });
  const status = { ...st };
  if (st.containerStatuses) status.containerStatuses = shown(st.containerStatuses);
  if (st.initContainerStatuses) status.initContainerStatuses = shown(st.initContainerStatuses);
  return { ...withToken, status };
}

function podWithTokenVolume(pod: Pod): Pod {
  const name = tokenVolumeOf.get(pod);
  if (name === undefined) return pod;
  const spec = pod.spec as PodSpecWithVolumes;
  const mount = { name, readOnly: true, mountPath: ServiceAccountTokenMountPath };
  const mounted = (cs: Container[]) =>
    cs.map((c) => {
      const vms = (c['volumeMounts'] as Array<Record<string, unknown>> | undefined) ?? [];
      return vms.some((m) => m['mountPath'] === ServiceAccountTokenMountPath) ? c : { ...c, volumeMounts: [...vms, mount] };
    });
  const hasVolume = spec.volumes?.some((v) => v['name'] === name) ?? false;
  const out: PodSpecWithVolumes = { ...spec, containers: mounted(spec.containers) };
  if (spec.initContainers) out.initContainers = mounted(spec.initContainers);
  if (!hasVolume) out.volumes = [...(spec.volumes ?? []), { name, projected: tokenVolumeSource }];
  return { ...pod, spec: out };
}

const defaultedContainers = new Slot<Container[]>('jobsim.defaultedContainers');

function withRequestsFromLimits(containers: Container[]): Container[] {
  const known = defaultedContainers.get(containers);
  if (known) return known;
  const missing = (c: Container) => {
    const lim = c.resources?.limits;
    if (!lim) return false;
    const req = c.resources?.requests;
    for (const k of Object.keys(lim)) if (!req || !Object.prototype.hasOwnProperty.call(req, k)) return true;
    return false;
  };
  const out = containers.some(missing)
    ? containers.map((c) => (missing(c) ? { ...c, resources: { ...c.resources, requests: { ...(c.resources!.requests ?? {}), ...unrequested(c.resources!.limits!, c.resources!.requests) } } } : c))
    : containers;
  defaultedContainers.remember(containers, out);
  defaultedContainers.remember(out, out);
  return out;
}

function unrequested(limits: ResourceList, requests: ResourceList | undefined): ResourceList {
  const out: ResourceList = {};
  for (const [k, v] of Object.entries(limits)) if (!requests || !Object.prototype.hasOwnProperty.call(requests, k)) out[k] = v;
  return out;
}

const qosCache = new Slot<string>('jobsim.qosClass');

/**
 * qos.GetPodQOS over regular and init containers: no cpu or memory requested or limited at all
 * is BestEffort; every container limiting both, with requests equal to limits, is Guaranteed;
 * anything else Burstable.
 */
export function podQOSClass(containers: Container[], initContainers: Container[] | undefined, podResources?: ResourceRequirements | null): string {
  // ComputePodQOS: pod-level requests or limits (PodLevelResources), when set, decide alone
  // (1.34-1.35 take that branch for any non-nil stanza, `resources: {}` too, which then has no
  // request and no limit: BestEffort, kubernetes#135082; 1.36 changes it behind a gate)
  const podLevel = podResources ?? undefined;
  if (!initContainers && !podLevel) {
    const known = qosCache.get(containers);
    if (known) return known;
  }
  const requests = new Map<string, number>();
  const limits = new Map<string, number>();
  let guaranteed = true;
  for (const c of podLevel ? [{ name: '', resources: podLevel }] : [...containers, ...(initContainers ?? [])]) {
    const found = new Set<string>();
    for (const [list, into, isLimit] of [[c.resources?.requests, requests, false], [c.resources?.limits, limits, true]] as const) {
      for (const name of ['cpu', 'memory'] as const) {
        const q = list?.[name];
        if (q === undefined || quantityError(q) !== null) continue;
        const v = name === 'cpu' ? cpuMilli(q) : memoryBytes(q);
        if (v <= 0) continue;
        into.set(name, (into.get(name) ?? 0) + v);
        if (isLimit) found.add(name);
      }
    }
    if (!found.has('cpu') || !found.has('memory')) guaranteed = false;
  }
  let out: string;
  if (requests.size === 0 && limits.size === 0) out = 'BestEffort';
  else {
    if (guaranteed) for (const [name, v] of requests) if (limits.get(name) !== v) guaranteed = false;
    out = guaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
  }
  if (!initContainers && !podLevel) qosCache.remember(containers, out);
  return out;
}

/** Admission for pods: DefaultTolerationSeconds and Priority, as the API server applies them on create. */
function admitPod(pod: Pod, computed: PodPriority | null, rng: Rng): void {
  admitServiceAccount(pod, rng);
  const spec = pod.spec;
  const tols = spec.tolerations ?? [];
  // shared and frozen: nothing mutates a pod's tolerations after admission
  if (tols.length === 0) spec.tolerations = defaultTolerations as Toleration[];
  else {
    const add: Toleration[] = [];
    for (const t of defaultTolerations) if (!tols.some((x) => coversNoExecute(x, t.key!))) add.push({ ...t });
    if (add.length) spec.tolerations = [...tols, ...add];
  }
  if (computed) {
    spec.priority = computed.value;
    if (computed.className && !spec.priorityClassName) spec.priorityClassName = computed.className;
    spec.preemptionPolicy = computed.preemptionPolicy as Pod['spec']['preemptionPolicy'];
  }
  mergeMatchLabelKeys(pod);
  pod.status ??= { phase: 'Pending' };
  // pod strategy PrepareForCreate: the QoS class, from the defaulted requests and limits
  (pod.status as { qosClass?: string }).qosClass = podQOSClass(spec.containers, spec.initContainers, (spec as { resources?: { requests?: ResourceList; limits?: ResourceList } }).resources);
  // pod strategy PrepareForCreate (applySchedulingGatedCondition)
  const gates = spec['schedulingGates'] as unknown[] | undefined;
  if (gates && gates.length > 0 && !pod.status.conditions?.some((c) => c.type === 'PodScheduled')) {
    (pod.status.conditions ??= []).push({ type: 'PodScheduled', status: 'False', lastProbeTime: null, reason: 'SchedulingGated', message: 'Scheduling is blocked due to non-empty scheduling gates' });
  }
}

type SelectorTerm = { labelSelector?: { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] } | null; matchLabelKeys?: string[]; mismatchLabelKeys?: string[] };

/**
 * pod strategy PrepareForCreate (mutatePodAffinity, MatchLabelKeysInPodAffinity, GA in 1.33;
 * mutateTopologySpreadConstraints, MatchLabelKeysInPodTopologySpreadSelectorMerge, on since 1.34):
 * each matchLabelKeys key the pod has as a label becomes `key In (value)` in the term's
 * labelSelector, each mismatchLabelKeys key `key NotIn (value)`; a term without a labelSelector
 * (which matches nothing) is left alone. The terms are the template's, shared: changed ones are copies.
 */
export function mergeMatchLabelKeys(pod: Pod): void {
  const labels = pod.metadata.labels ?? {};
  const merged = <T extends SelectorTerm>(t: T, spreadOnly: boolean): T => {
    const keys = (t.matchLabelKeys ?? []).filter((k) => k in labels);
    const notKeys = spreadOnly ? [] : (t.mismatchLabelKeys ?? []).filter((k) => k in labels);
    if (!t.labelSelector || keys.length + notKeys.length === 0) return t;
    const matchExpressions = [...(t.labelSelector.matchExpressions ?? []), ...keys.map((key) => ({ key, operator: 'In', values: [labels[key]!] })), ...notKeys.map((key) => ({ key, operator: 'NotIn', values: [labels[key]!] }))];
    return { ...t, labelSelector: { ...t.labelSelector, matchExpressions } };
  };
  const spec = pod.spec;
  const tsc = spec['topologySpreadConstraints'] as SelectorTerm[] | undefined;
  if (tsc?.some((c) => (c.matchLabelKeys?.length ?? 0) > 0)) spec['topologySpreadConstraints'] = tsc.map((c) => merged(c, true));
  const aff = spec.affinity;
  if (!aff) return;
  type Terms = { requiredDuringSchedulingIgnoredDuringExecution?: SelectorTerm[]; preferredDuringSchedulingIgnoredDuringExecution?: { weight: number; podAffinityTerm: SelectorTerm }[] };
  const withKeys = (t: SelectorTerm | undefined) => (t?.matchLabelKeys?.length ?? 0) + (t?.mismatchLabelKeys?.length ?? 0) > 0;
  let next: typeof aff | undefined;
  for (const kind of ['podAffinity', 'podAntiAffinity'] as const) {
    const terms = aff[kind] as Terms | undefined;
    if (!terms) continue;
    const req = terms.requiredDuringSchedulingIgnoredDuringExecution;
    const pref = terms.preferredDuringSchedulingIgnoredDuringExecution;
    if (!req?.some(withKeys) && !pref?.some((w) => withKeys(w.podAffinityTerm))) continue;
    next ??= { ...aff };
    next[kind] = {
      ...terms,
      ...(req ? { requiredDuringSchedulingIgnoredDuringExecution: req.map((t) => merged(t, false)) } : {}),
      ...(pref ? { preferredDuringSchedulingIgnoredDuringExecution: pref.map((w) => ({ ...w, podAffinityTerm: merged(w.podAffinityTerm, false) })) } : {}),
    };
  }
  if (next) spec.affinity = next;
}

/** Job registry strategy on create: generated selector and template labels, generation 1, empty status. */
function prepareJobForCreate(job: Job): void {
  const uid = job.metadata.uid;
  const name = job.metadata.name;
  const tm = (job.spec.template.metadata ??= {});
  // SetDefaults_Job gave the Job its template's label map itself (not a copy), so the labels
  // generateSelector adds to the template land in the Job's labels too
  const shared = job.metadata.labels !== undefined && job.metadata.labels === tm.labels;
  if (!job.spec.manualSelector) {
    const labels = generateSelector(job, name, uid);
    if (shared || !job.metadata.labels || Object.keys(job.metadata.labels).length === 0) job.metadata.labels = { ...labels };
  } else if (shared) job.metadata.labels = { ...tm.labels };
  job.metadata.generation = 1;
  job.status = {};
}

export function ownerKindOf(obj: KObject): string | undefined {
  return controllerRefOf(obj)?.kind;
}
