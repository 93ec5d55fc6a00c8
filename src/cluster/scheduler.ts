// A kube-scheduler for batch work: filters (NodeUnschedulable, TaintToleration, NodeAffinity,
// NodePorts, NodeResourcesFit, PodTopologySpread, InterPodAffinity), scoring (LeastAllocated +
// BalancedAllocation, and the relative scores of NodeAffinity, TaintToleration, PodTopologySpread
// and InterPodAffinity), a seeded tie-break among the best nodes (upstream picks at random), the
// adaptive percentageOfNodesToScore sample, a priority-ordered active queue and an unschedulable
// pool with upstream's per-pod backoff.

import { DefaultSchedulerName } from '../api/defaults.ts';
import { isConditionTrue, setPodCond, zoneKey } from '../api/meta.ts';
import type { Labels, Node, Pod, Taint } from '../api/types.ts';
import type { Kernel, Timer } from '../core/kernel.ts';
import { Lane } from '../core/kernel.ts';
import type { Rng } from '../core/rng.ts';
import { Slot } from '../core/slot.ts';
import type { Store } from '../apiserver/store.ts';
import { findUntoleratedTaint, hostPortsConflict, hostPortsOf, insufficientScalars, matchNodeSelectorRequirement, nodeAffinityMatches, nodeAllocatable, podNonZeroRequest, podRequest, toleratesTaint, useHostPorts, withScalars } from './resources.ts';
// the node-matching rules live with the other scheduling predicates; kept importable from here
export { matchNodeSelectorRequirement, nodeAffinityMatches };
import type { UsedPorts } from './resources.ts';
import type { Request } from './resources.ts';
import { FitScoreTree, NodeZones } from './nodetree.ts';
import {
  AffinityRulesMismatch,
  affinityFilter,
  affinityPreFilter,
  AntiAffinityRulesMismatch,
  ExistingAntiAffinityMismatch,
  hardSpreadConstraints,
  hasRequiredAntiAffinity,
  hasPodAffinityTerms,
  hasRequiredPodAffinity,
  normalizePodAffinityScores,
  normalizeSpreadScores,
  podAffinityScores,
  spreadFilter,
  spreadScores,
  spreadPreFilter,
  SpreadMismatch,
  spreadMayHelpAfterNodeUpdate,
  spreadMayHelpAfterPodAdd,
  affinityMayHelpAfterPodAdd,
} from './interpod.ts';
import type { AffinityState, PlacedNode, SpreadState } from './interpod.ts';
import type { PodShape } from './nodetree.ts';

export interface NodeInfo {
  node: Node;
  /** position in the scheduler's node list (the fit-and-score index's leaf) */
  slot?: number;
  allocCpu: number;
  allocMem: number;
  allocPods: number;
  /** extended resources the node offers (nvidia.com/gpu, ...), and what the cache counts of them */
  allocScalar?: ReadonlyMap<string, number>;
  reqScalar?: ReadonlyMap<string, number>;
  reqCpu: number;
  reqMem: number;
  /** non-zero requests, for scoring */
  nzCpu: number;
  nzMem: number;
  /** how many pods the cache counts on the node */
  podCount: number;
  /** schedulable and untainted (recomputed on each Node event): only resources can keep a pod off it */
  plain: boolean;
  /**
   * The last score, for a pod of these non-zero requests (-1: none). The score depends only on the
   * node's requests and the pod's, so it stays valid until a pod is placed on or leaves the node.
   */
  scoreCpu: number;
  scoreMem: number;
  scoreReqCpu: number;
  scoreReqMem: number;
  score: number;
  /** the node's labels, taints and unschedulable flag as last seen (the Node object is updated in place) */
  seen?: NodeSeen;
  /** preemptors nominated to this node, whose room is kept for them (RunFilterPluginsWithNominatedPods) */
  nominated?: Set<Pod>;
  /** host ports the counted pods bind (NodeInfo.UsedPorts), when any does */
  usedPorts?: UsedPorts;
}

/** A node's labels (as a key and a copy), taints and unschedulable flag, as the scheduler last saw them. */
export interface NodeSeen {
  labels: string;
  labelMap: Labels;
  taints: string;
  unschedulable: boolean;
}

export const PodInitialBackoffMs = 1_000;
export const PodMaxBackoffMs = 10_000;
export const PodMaxInUnschedulablePodsDurationMs = 5 * 60_000;

interface QueuedPod {
  pod: Pod;
  seq: number;
  attempts: number;
  backoffUntilMs: number;
  lastMessage?: string;
  timer?: Timer;
}

/**
 * One filter verdict: null when the node fits, else the reasons, as FailedScheduling messages
 * count them (NodeResourcesFit keeps every insufficient resource, the other filters one reason).
 */
export type FitReasons = readonly string[] | null;

const Unschedulable: readonly string[] = ['node(s) were unschedulable'];
const UnschedulableTaint: Taint = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' };
const AffinityMismatch: readonly string[] = ["node(s) didn't match Pod's node affinity/selector"];
const TooManyPods = 'Too many pods';
const InsufficientCpu = 'Insufficient cpu';
const InsufficientMemory = 'Insufficient memory';
// the single-reason verdicts are shared (most failures have one reason)
const OnlyPods: readonly string[] = [TooManyPods];
const OnlyCpu: readonly string[] = [InsufficientCpu];
const OnlyMemory: readonly string[] = [InsufficientMemory];
const NoVictims: readonly string[] = ['No preemption victims found for incoming pod'];
const NodeAffinityPreFilter = "node(s) didn't satisfy plugin(s) [NodeAffinity]";

/**
 * NodeAffinity.PreFilter: when every required term names nodes (matchFields metadata.name In,
 * intersected within a term), the union of those names; 'conflict' when it is empty; null when
 * any term leaves all nodes eligible.
 */
function intersect(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) if (b.has(x)) out.add(x);
  return out;
}

export function nodeNamePreFilter(pod: Pod): ReadonlySet<string> | 'conflict' | null {
  const terms = pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  if (!terms || terms.length === 0) return null;
  const union = new Set<string>();
  for (const t of terms) {
    let names: Set<string> | null = null;
    for (const r of t.matchFields ?? []) {
      if (r.key !== 'metadata.name' || r.operator !== 'In') continue;
      const values = new Set<string>(r.values ?? []);
      names = names === null ? values : intersect(names, values);
    }
    if (names === null) return null;
    for (const x of names) union.add(x);
  }
  return union.size === 0 ? 'conflict' : union;
}
const NotHelpful: readonly string[] = ['Preemption is not helpful for scheduling'];



/**
 * NodeAffinity's Score: the sum of the weights of the pod's preferred terms that the node matches
 * (a term of weight 0, or with no requirement, matches nothing: NewPreferredSchedulingTerms).
 */
export function preferredAffinityScore(pod: Pod, node: Node): number {
  const terms = pod.spec.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution;
  if (!terms || terms.length === 0) return 0;
  const labels = node.metadata.labels ?? {};
  const fields: Record<string, string> = { 'metadata.name': node.metadata.name };
  let score = 0;
  for (const t of terms) {
    const exprs = t.preference?.matchExpressions ?? [];
    const flds = t.preference?.matchFields ?? [];
    if (!t.weight || (exprs.length === 0 && flds.length === 0)) continue;
    if (exprs.every((r) => matchNodeSelectorRequirement(r, labels)) && flds.every((r) => matchNodeSelectorRequirement(r, fields))) score += t.weight;
  }
  return score;
}

/**
 * TaintToleration's Score: the node's PreferNoSchedule taints that the pod's tolerations of that
 * effect (or of any effect) do not tolerate (countIntolerableTaintsPreferNoSchedule).
 */
export function intolerablePreferNoSchedule(pod: Pod, node: Node): number {
  let count = 0;
  for (const taint of node.spec.taints ?? []) {
    if (taint.effect !== 'PreferNoSchedule') continue;
    if (!(pod.spec.tolerations ?? []).some((t) => (!t.effect || t.effect === 'PreferNoSchedule') && toleratesTaint(t, taint))) count++;
  }
  return count;
}

/** helper.DefaultNormalizeScore: scaled to 0..100 by the largest score (reversed: 100 minus that). */
export function normalizeScore(raw: number, max: number, reverse: boolean): number {
  if (max === 0) return reverse ? 100 : 0;
  const s = Math.floor((100 * raw) / max);
  return reverse ? 100 - s : s;
}

/** The default profile's weights of the two scores that are relative to the other nodes. */
const NodeAffinityWeight = 2;
const TaintTolerationWeight = 3;
const PodTopologySpreadWeight = 2;
const InterPodAffinityWeight = 2;

/** Whether a node has a PreferNoSchedule taint (TaintToleration then scores nodes apart). */
function hasPreferNoSchedule(node: Node): boolean {
  return (node.spec.taints ?? []).some((t) => t.effect === 'PreferNoSchedule');
}

const UntoleratedTaint: FitReasons = ['node(s) had untolerated taint(s)'];
const NoFreePorts: FitReasons = ["node(s) didn't have free ports for the requested pod ports"];
const NoScalars: readonly string[] = [];

/** Runs the filters in upstream order; returns null when the pod fits, else the first failing filter's reasons. */
export function filterNode(pod: Pod, ni: NodeInfo, req: Request = podRequest(pod)): FitReasons {
  const node = ni.node;
  // NodeUnschedulable: a cordoned node, unless the pod tolerates its taint
  if (node.spec.unschedulable && !(pod.spec.tolerations ?? []).some((t) => toleratesTaint(t, UnschedulableTaint))) return Unschedulable;
  if (node.spec.taints && node.spec.taints.length > 0) {
    const taint = findUntoleratedTaint(node.spec.taints, pod.spec.tolerations, ['NoSchedule', 'NoExecute']);
    // TaintToleration's Filter no longer names the taint (kubernetes#134740, 1.35 and 1.34 patches)
    if (taint) return UntoleratedTaint;
  }
  if ((pod.spec.nodeSelector || pod.spec.affinity) && !nodeAffinityMatches(pod, node)) return AffinityMismatch;
  // NodePorts, before NodeResourcesFit
  if (ni.usedPorts !== undefined) {
    const wanted = hostPortsOf(pod);
    if (wanted.length > 0 && hostPortsConflict(wanted, ni.usedPorts)) return NoFreePorts;
  }
  let cpu = ni.reqCpu;
  let mem = ni.reqMem;
  let count = ni.podCount;
  let scalar = ni.reqScalar;
  if (ni.nominated) {
    // pods nominated here with a priority at least this pod's count as already placed
    const prio = pod.spec.priority ?? 0;
    for (const other of ni.nominated) {
      if (other === pod || (other.spec.priority ?? 0) < prio) continue;
      const r = podRequest(other);
      cpu += r.cpuMilli;
      mem += r.memoryBytes;
      count++;
      scalar = withScalars(scalar, r, 1);
    }
  }
  return resourceFit(ni, req, cpu, mem, count, scalar);
}

/**
 * NodeResourcesFit (fitsRequest) with the node's requested resources and pod count given
 * (nominated pods included): every insufficient resource is a reason, pods first.
 */
function resourceFit(ni: NodeInfo, req: Request, cpu: number, mem: number, count: number, scalar: ReadonlyMap<string, number> | undefined = ni.reqScalar): FitReasons {
  const pods = count + 1 > ni.allocPods;
  const noCpu = req.cpuMilli > 0 && cpu + req.cpuMilli > ni.allocCpu;
  const noMem = req.memoryBytes > 0 && mem + req.memoryBytes > ni.allocMem;
  const noScalar = req.scalar ? insufficientScalars(req, ni.allocScalar, scalar) : NoScalars;
  if (noScalar.length === 0) {
    // the usual verdicts, shared (no allocation)
    if (!pods && !noCpu && !noMem) return null;
    if (pods && !noCpu && !noMem) return OnlyPods;
    if (!pods && noCpu && !noMem) return OnlyCpu;
    if (!pods && !noCpu && noMem) return OnlyMemory;
  }
  const out: string[] = [];
  if (pods) out.push(TooManyPods);
  if (noCpu) out.push(InsufficientCpu);
  if (noMem) out.push(InsufficientMemory);
  for (const name of noScalar) out.push(`Insufficient ${name}`);
  return out;
}

/**
 * fitsRequest's Unresolvable (kubernetes#131345, 1.34+): the pod asks for more of a resource than
 * the node's whole allocatable (an extended resource the node does not offer counts as 0), so no
 * preemption could make room. NodeResourcesFit's Filter is then UnschedulableAndUnresolvable and
 * preemption skips the node. Too many pods is never Unresolvable.
 */
export function exceedsAllocatable(ni: NodeInfo, req: Request): boolean {
  if (req.cpuMilli > ni.allocCpu || req.memoryBytes > ni.allocMem) return true;
  if (req.scalar) for (const [name, q] of req.scalar) if (q > (ni.allocScalar?.get(name) ?? 0)) return true;
  return false;
}

/** DynamicResources.PostFilter's answer for a pod without resource claims (1.34+). */
export const NoClaimsToDeallocate = 'no new claims to deallocate';

/**
 * RunPostFilterPlugins' message under the default profile of 1.34+, where DynamicResourceAllocation
 * is on (GA) and applyFeatureGates puts DynamicResources before DefaultPreemption. `preemption` is
 * DefaultPreemption's own message, without its "preemption: " prefix:
 * - '' (victims chosen, Success): the phase ends there, with no message;
 * - a message (Unschedulable: not eligible, or no candidate): DynamicResources answered
 *   Unschedulable "no new claims to deallocate" first, and the reasons are joined with ", ";
 * - null: a PreFilter rejected the pod (UnschedulableAndUnresolvable) before DynamicResources'
 *   PreFilter wrote its cycle state; its PostFilter fails reading it (an Error, ErrNotFound's
 *   "not found"), which ends the phase before DefaultPreemption runs.
 * 1.33 has none of this (DynamicResourceAllocation off): there it was "preemption: " + message.
 */
export function postFilterMessage(preemption: string | null): string {
  if (preemption === null) return 'not found';
  return preemption === '' ? '' : `${NoClaimsToDeallocate}, preemption: ${preemption}`;
}

/** FitError.Error's histogram: "count reason" strings, sorted as strings (sort.Strings). */
export function reasonsHistogram(reasons: ReadonlyMap<string, number>): string {
  return [...reasons.entries()]
    .map(([r, c]) => `${c} ${r}`)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .join(', ');
}

function countReasons(into: Map<string, number>, reasons: readonly string[]): void {
  for (const r of reasons) into.set(r, (into.get(r) ?? 0) + 1);
}

/**
 * A filter verdict's code as PostFilter reads it: preemption may help on an Unschedulable node
 * (NodeResourcesFit, NodePorts, the skew and anti-affinity rules), never on an
 * UnschedulableAndUnresolvable one (every other filter, and a node no filter looked at).
 */
export type FilterCode = 'Unschedulable' | 'UnschedulableAndUnresolvable';

/** podTerminatingByPreemption: being deleted, and its first DisruptionTarget condition says the scheduler preempted it. */
export function podTerminatingByPreemption(p: Pod): boolean {
  if (p.metadata.deletionTimestamp === undefined) return false;
  const c = p.status.conditions?.find((x) => x.type === 'DisruptionTarget');
  return c !== undefined && c.status === 'True' && c.reason === 'PreemptionByScheduler';
}

/**
 * DefaultPreemption.PodEligibleToPreemptOthers: null when the pod may preempt, else why not. A pod
 * already nominated waits while a lower-priority pod on its nominated node is still terminating by
 * preemption, unless the filters found that node UnschedulableAndUnresolvable (cordoned, tainted,
 * no longer matching, gone): then it may preempt elsewhere at once.
 */
export function podEligibleToPreemptOthers(pod: Pod, nominatedNodeCode: FilterCode, podsOnNominatedNode: readonly Pod[]): string | null {
  if (pod.spec.preemptionPolicy === 'Never') return 'not eligible due to preemptionPolicy=Never.';
  if (!pod.status.nominatedNodeName || nominatedNodeCode === 'UnschedulableAndUnresolvable') return null;
  const prio = pod.spec.priority ?? 0;
  for (const p of podsOnNominatedNode) {
    if ((p.spec.priority ?? 0) < prio && podTerminatingByPreemption(p)) return 'not eligible due to a terminating pod on the nominated node.';
  }
  return null;
}

/**
 * getLowerPriorityNominatedPods: the pods nominated to the chosen node with a priority below the
 * preemptor's, whose nomination prepareCandidate clears (they may no longer fit there).
 */
export function lowerPriorityNominatedPods(preemptor: Pod, nominated: Iterable<Pod>): Pod[] {
  const prio = preemptor.spec.priority ?? 0;
  const out: Pod[] = [];
  for (const p of nominated) if (p !== preemptor && (p.spec.priority ?? 0) < prio) out.push(p);
  return out.sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : a.metadata.uid < b.metadata.uid ? -1 : 1));
}

/** Whether only resources decide if pods fit on this node (no cordon, no taints). */
export function nodeIsPlain(node: Node): boolean {
  return !node.spec.unschedulable && !(node.spec.taints && node.spec.taints.length > 0);
}

function leastAllocated(requested: number, capacity: number): number {
  return capacity === 0 || requested > capacity ? 0 : Math.floor(((capacity - requested) * 100) / capacity);
}

/** Whether this scheduler (the default profile) is responsible for the pod (its schedulerName). */
export function isOurs(pod: Pod): boolean {
  return (pod.spec.schedulerName ?? DefaultSchedulerName) === DefaultSchedulerName;
}

/**
 * RunFilterPluginsWithNominatedPods on one node: the node filters, then PodTopologySpread's and
 * InterPodAffinity's from their PreFilter states (evaluateNominatedNode's check of the node a
 * preemption nominated the pod to).
 */
export function nominatedNodeFits(pod: Pod, ni: NodeInfo, spread: SpreadState | null, podAffinity: AffinityState | null): boolean {
  if (filterNode(pod, ni) !== null) return false;
  return !(spread && spreadFilter(spread, ni.node)) && !(podAffinity && affinityFilter(podAffinity, ni.node));
}

/** NodeResourcesFit (LeastAllocated, cpu:1 memory:1) + NodeResourcesBalancedAllocation, each 0..100. */
export function scoreNode(pod: Pod, ni: NodeInfo, nz: Request = podNonZeroRequest(pod), req: Request = podRequest(pod)): number {
  return scoreFor(ni, nz.cpuMilli, nz.memoryBytes, req.cpuMilli, req.memoryBytes);
}

/** The score of a node for a pod of these non-zero and real requests. */
function scoreFor(ni: NodeInfo, nzCpu: number, nzMem: number, reqCpu: number, reqMem: number): number {
  // LeastAllocated (NodeResourcesFit's score) counts the non-zero requests
  const cpuNz = ni.nzCpu + nzCpu;
  const memNz = ni.nzMem + nzMem;
  const least = Math.floor((leastAllocated(cpuNz, ni.allocCpu) + leastAllocated(memNz, ni.allocMem)) / 2);
  // BalancedAllocation counts the real requests (useRequested), and skips best-effort pods; with
  // one resource of zero capacity the other's fraction alone gives a deviation of 0
  if (reqCpu === 0 && reqMem === 0) return least;
  if (!ni.allocCpu || !ni.allocMem) return least + 100;
  const fc = Math.min(1, (ni.reqCpu + reqCpu) / ni.allocCpu);
  const fm = Math.min(1, (ni.reqMem + reqMem) / ni.allocMem);
  return least + Math.floor((1 - Math.abs((fc - fm) / 2)) * 100);
}

/** numFeasibleNodesToFind with the adaptive percentage (percentageOfNodesToScore unset). */
export function numFeasibleNodesToFind(numAllNodes: number): number {
  if (numAllNodes < 100) return numAllNodes;
  // int32 arithmetic: 50 - numAllNodes/125 with the division truncated first
  let pct = 50 - Math.floor(numAllNodes / 125);
  if (pct < 5) pct = 5;
  const n = Math.floor((numAllNodes * pct) / 100);
  return n < 100 ? 100 : n;
}

export interface SchedulerHooks {
  /** a pod was bound (for metrics) */
  onBound?(pod: Pod, ni: NodeInfo): void;
}

/**
 * The node the scheduler's cache counts a pod on (the pod's own slot): releasing the pod touches
 * its node's numbers only. The pods a node counts are its bound pods in the store whose slot names
 * it, in binding order (read by preemption only).
 */
const assumedOn = new Slot<NodeInfo>('jobsim.assumedOn');
/**
 * What in a pod's own spec the placed pods bear on (bits below), read once per pod: these lookups
 * miss on most pods, and a miss on a pod spec is slow enough to show in every decision.
 */
const placementFlags = new Slot<number>('jobsim.placementFlags');
const HardSpread = 1;
const SoftSpread = 2;
const RequiredPodAffinity = 4;
const PodAffinityTerms = 8;

function placementFlagsOf(pod: Pod): number {
  let f = placementFlags.get(pod);
  if (f !== undefined) return f;
  f = 0;
  const tsc = pod.spec['topologySpreadConstraints'] as { whenUnsatisfiable?: string }[] | undefined;
  if (tsc !== undefined) {
    if (hardSpreadConstraints(pod).length > 0) f |= HardSpread;
    if (tsc.some((c) => c.whenUnsatisfiable === 'ScheduleAnyway')) f |= SoftSpread;
  }
  if (hasRequiredPodAffinity(pod)) f |= RequiredPodAffinity;
  if (hasPodAffinityTerms(pod)) f |= PodAffinityTerms;
  placementFlags.remember(pod, f);
  return f;
}

/** a pod's entry in the scheduling queue, while it has one */
const inQueue = new Slot<QueuedPod>('jobsim.inQueue');

export class Scheduler {
  /** the nodes in the order the scheduler's snapshot lists them (nodeTree.list: zones interleaved) */
  private readonly nodeList: NodeInfo[] = [];
  /** a node was added or removed since the list was made: it is made again when next read */
  private listStale = false;
  private byName = new Map<string, NodeInfo>();
  /** the node tree: zones (GetZoneKey) in the order they appeared, each zone's nodes in the order they were added */
  private readonly zones = new NodeZones<NodeInfo>();
  private active: QueuedPod[] = [];
  /**
   * The backoff queue: pods a cluster event moved back before their backoff ended. With
   * SchedulerPopFromBackoffQ (beta, on since 1.33) an idle scheduler pops them at once rather than
   * waiting out the backoff, and the scheduler here is idle as soon as the active queue is drained.
   */
  private backoff: QueuedPod[] = [];
  private backoffUnsorted = false;
  /** pods in the active or backoff queue: each pod's entry is its own slot (inQueue), and this counts them */
  private queuedCount = 0;
  private unschedulable = new Map<string, QueuedPod>();
  private seq = 0;
  /** bumped by every cluster event that may make pods schedulable (moveRequestCycle) */
  private moveRequests = 0;
  private drainTimer: Timer | null = null;
  private backoffFlush: Timer | null = null;
  private nextStartNodeIndex = 0;
  /** the nodes sharing the best score so far in one decision (reused: no allocation per decision) */
  private readonly tieBuffer: NodeInfo[] = [];
  /** the fit-and-score index for the pod shape last seen twice in a row (see nodetree.ts) */
  private tree: FitScoreTree | null = null;
  private lastShape: PodShape | null = null;
  private nonPlainNodes = 0;
  /**
   * uids of unschedulable pods that PodTopologySpread or InterPodAffinity rejected somewhere (a
   * superset: pods that left the pool are dropped when met), so that a bind looks at those only
   */
  private rejectedForPlacedPods = new Set<string>();
  /** pods counted on nodes that carry required pod anti-affinity: every pod is then checked against them */
  private antiAffinityPods = 0;
  /** pods counted on nodes that carry any pod (anti-)affinity term: InterPodAffinity then scores every pod */
  private podAffinityPods = 0;
  /** nodes with a PreferNoSchedule taint: while there is one, TaintToleration scores nodes apart */
  private preferNoScheduleNodes = 0;
  /** a decision's feasible nodes and their scores, when some scores are relative (reused buffers) */
  private scored: { ni: NodeInfo; own: number; affinity: number; taints: number }[] = [];
  /** preemptors nominated to any node: while there are some, nodes are visited one by one */
  private readonly nominatedPods = new Set<Pod>();
  /** the index may be turned off (tests compare both ways of deciding) */
  useIndex = true;
  decisions = 0;
  /** nodes evaluated by filters, for the cost per decision */
  nodesEvaluated = 0;

  constructor(
    private readonly kernel: Kernel,
    private readonly store: Store,
    private readonly rng: Rng,
    private readonly schedulingMs: number,
    private readonly hooks: SchedulerHooks = {},
  ) {
    store.watch('Node', (type, node) => this.onNode(type, node));
    store.watch('Pod', (type, pod) => this.onPod(type, pod));
  }

  nodeInfo(name: string): NodeInfo | undefined {
    return this.byName.get(name);
  }

  /** How many scheduling attempts a pending pod has failed (0: none, or not queued). */
  failedAttemptsOf(pod: Pod): number {
    return (inQueue.get(pod) ?? this.unschedulable.get(pod.metadata.uid))?.attempts ?? 0;
  }

  get pendingCount(): number {
    return this.queuedCount + this.unschedulable.size;
  }

  get nodes(): readonly NodeInfo[] {
    if (this.listStale) this.relist();
    return this.nodeList;
  }

  /**
   * A node was added or removed: the snapshot's list is made again from the tree (positions
   * change), once, when next read (the nodes of a cluster arrive one by one at the start).
   */
  private invalidateList(): void {
    this.listStale = true;
    this.tree = null;
  }

  private relist(): void {
    this.listStale = false;
    const list = this.nodeList;
    list.length = 0;
    this.zones.list(list);
    for (let i = 0; i < list.length; i++) list[i]!.slot = i;
  }

  private countNodeKinds(): void {
    this.nonPlainNodes = 0;
    this.preferNoScheduleNodes = 0;
    // counts, so any order does; the list itself may be waiting to be made again
    for (const x of this.byName.values()) {
      if (x.plain) continue;
      this.nonPlainNodes++;
      if (hasPreferNoSchedule(x.node)) this.preferNoScheduleNodes++;
    }
  }

  private onNode(type: string, node: Node): void {
    if (type === 'ADDED') {
      const a = nodeAllocatable(node);
      const ni: NodeInfo = { node, allocCpu: a.cpuMilli, allocMem: a.memoryBytes, allocPods: a.pods, allocScalar: a.scalar, reqScalar: undefined, reqCpu: 0, reqMem: 0, nzCpu: 0, nzMem: 0, podCount: 0, plain: nodeIsPlain(node), scoreCpu: -1, scoreMem: -1, scoreReqCpu: -1, scoreReqMem: -1, score: 0, nominated: undefined };
      this.byName.set(node.metadata.name, ni);
      this.zones.add(ni, zoneKey(node));
      this.invalidateList();
    } else if (type === 'DELETED') {
      const ni = this.byName.get(node.metadata.name);
      if (ni) {
        this.byName.delete(node.metadata.name);
        this.zones.remove(ni);
        ni.slot = undefined;
        this.invalidateList();
      }
    } else {
      const ni = this.byName.get(node.metadata.name);
      if (!ni) return;
      // a node whose zone changed moves in the tree; the snapshot's list follows at the next
      // node added or removed (updateNodeInfoSnapshotList rebuilds it only then)
      this.zones.move(ni, zoneKey(node));
      ni.plain = nodeIsPlain(node);
      this.countNodeKinds();
      this.nodeUpdated(ni);
      return;
    }
    if (type === 'ADDED') this.byName.get(node.metadata.name)!.seen = seenOf(node);
    this.countNodeKinds();
    // a new node: every rejected pod may fit on it (a deleted one makes room for none, but the
    // pods it held are gone from the cache too)
    this.moveAllToActive();
  }

  /**
   * Queueing hints (SchedulerQueueingHints, on since 1.32): a Node update requeues a rejected pod
   * only when a plugin that rejected it says the change may help: NodeAffinity on a label change
   * that makes the node match, TaintToleration on a taint change that leaves no untolerated
   * taint, NodeUnschedulable when the node becomes schedulable, PodTopologySpread on a change of a
   * topology key or of the taints of a node that has its keys (spreadMayHelpAfterNodeUpdate). A
   * change of the node's conditions alone (Ready) requeues nothing.
   */
  private nodeUpdated(ni: NodeInfo): void {
    const node = ni.node;
    const now = seenOf(node);
    const before = ni.seen;
    ni.seen = now;
    const labels = before?.labels !== now.labels;
    const taints = before?.taints !== now.taints;
    const unschedulable = before?.unschedulable !== now.unschedulable;
    if (!labels && !taints && !unschedulable) return;
    this.moveRequests++;
    if (this.unschedulable.size === 0) return;
    let moved = false;
    for (const [uid, q] of [...this.unschedulable]) {
      const m = q.lastMessage ?? '';
      const helps =
        m === '' ||
        (labels && m.includes(AffinityMismatch[0]!) && nodeAffinityMatches(q.pod, node)) ||
        // a node's topology labels decide its domain for PodTopologySpread and InterPodAffinity,
        // and its taints whether a nodeTaintsPolicy: Honor constraint counts it
        ((labels || taints) && m.includes(SpreadMismatch) && spreadMayHelpAfterNodeUpdate(q.pod, before?.labelMap ?? {}, node, taints)) ||
        (labels && (m.includes(AffinityRulesMismatch) || m.includes(AntiAffinityRulesMismatch) || m.includes(ExistingAntiAffinityMismatch))) ||
        (taints && m.includes('untolerated taint') && findUntoleratedTaint(node.spec.taints, q.pod.spec.tolerations, ['NoSchedule', 'NoExecute']) === undefined) ||
        (unschedulable && m.includes(Unschedulable[0]!) && !node.spec.unschedulable);
      if (!helps) continue;
      this.unschedulable.delete(uid);
      this.activate(q);
      moved = true;
    }
    if (moved) this.scheduleDrain();
  }

  private onPod(type: string, pod: Pod): void {
    const uid = pod.metadata.uid;
    if (type === 'ADDED' && !pod.spec.nodeName) {
      // SchedulingGates (PreEnqueue): a gated pod never reaches the active queue; nothing in a
      // simulation removes a pod's gates, so it stays Pending
      const gates = pod.spec['schedulingGates'] as unknown[] | undefined;
      if (gates && gates.length > 0) return;
      // a pod for another scheduler (responsibleForPod): none runs here, so it stays Pending
      if (!isOurs(pod)) return;
      this.enqueue({ pod, seq: this.seq++, attempts: 0, backoffUntilMs: 0 });
      return;
    }
    const terminal = pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed';
    // a pod being deleted no longer counts for topology spread (countPodsMatchSelector), yet its
    // graceful deletion is an "other" Pod update (PodSchedulingPropertiesChange), which
    // PodTopologySpread does not register (Add|UpdatePodLabel|UpdatePodToleration|Delete): the
    // pods it rejected wait for the pod to be gone, or for another event
    if (type === 'ADDED' && !terminal) {
      // created bound (a template with spec.nodeName): the scheduler's cache counts it on its node
      const ni = this.byName.get(pod.spec.nodeName!);
      if (ni && assumedOn.get(pod) !== ni) this.assume(pod, ni);
      return;
    }
    if (type === 'DELETED' || terminal) {
      this.unnominate(pod);
      const q = inQueue.get(pod) ?? (this.unschedulable.size > 0 ? this.unschedulable.get(uid) : undefined);
      if (q) {
        this.kernel.cancel(q.timer);
        this.unqueue(pod);
        this.unschedulable.delete(uid);
      }
      if (pod.spec.nodeName) this.release(pod);
      // deletePodFromSchedulingQueue: a pod deleted while nominated, never bound, gives back the
      // room its nomination held for the pods of lower or equal priority (getLEPriorityPreCheck)
      else if (type === 'DELETED' && pod.status.nominatedNodeName) this.moveAllToActive(pod.spec.priority ?? 0);
    }
  }

  /** The pods the cache counts on a node, in binding order. */
  private podsCountedOn(ni: NodeInfo): Pod[] {
    return this.store.podsOnNodeNamed(ni.node.metadata.name).filter((p) => assumedOn.get(p) === ni);
  }

  /** A bound pod stops counting against its node once terminal or deleted. */
  private release(pod: Pod): void {
    const ni = assumedOn.get(pod);
    if (ni === undefined) return;
    assumedOn.set(pod, undefined);
    if (hasRequiredAntiAffinity(pod)) this.antiAffinityPods--;
    const ports = hostPortsOf(pod);
    if (ports.length > 0 && ni.usedPorts) useHostPorts(ni.usedPorts, ports, -1);
    if ((placementFlagsOf(pod) & PodAffinityTerms) !== 0) this.podAffinityPods--;
    ni.podCount--;
    ni.scoreCpu = -1;
    const r = podRequest(pod);
    const nz = podNonZeroRequest(pod);
    ni.reqCpu -= r.cpuMilli;
    ni.reqMem -= r.memoryBytes;
    if (r.scalar) ni.reqScalar = withScalars(ni.reqScalar, r, -1);
    ni.nzCpu -= nz.cpuMilli;
    ni.nzMem -= nz.memoryBytes;
    if (this.tree && ni.slot !== undefined) this.tree.update(ni.slot);
    this.moveAllToActive();
  }

  private assume(pod: Pod, ni: NodeInfo): void {
    const r = podRequest(pod);
    const nz = podNonZeroRequest(pod);
    assumedOn.set(pod, ni);
    if (hasRequiredAntiAffinity(pod)) this.antiAffinityPods++;
    const ports = hostPortsOf(pod);
    if (ports.length > 0) useHostPorts((ni.usedPorts ??= new Map()), ports, 1);
    if ((placementFlagsOf(pod) & PodAffinityTerms) !== 0) this.podAffinityPods++;
    ni.podCount++;
    ni.scoreCpu = -1;
    ni.reqCpu += r.cpuMilli;
    ni.reqMem += r.memoryBytes;
    if (r.scalar) ni.reqScalar = withScalars(ni.reqScalar, r, 1);
    ni.nzCpu += nz.cpuMilli;
    ni.nzMem += nz.memoryBytes;
    if (this.tree && ni.slot !== undefined) this.tree.update(ni.slot);
  }

  private enqueue(q: QueuedPod): void {
    this.setQueued(q);
    this.active.push(q);
    this.scheduleDrain();
  }

  private setQueued(q: QueuedPod): void {
    if (inQueue.get(q.pod) === undefined) this.queuedCount++;
    inQueue.set(q.pod, q);
  }

  private unqueue(pod: Pod): void {
    if (inQueue.get(pod) === undefined) return;
    inQueue.set(pod, undefined);
    this.queuedCount--;
  }

  /** Pod event: the unschedulable pods that one of these filters rejected go back to the queue. */
  /** Moves the pods whose last rejection names one of `reasons`; with `mayHelp`, only those the event may help (the plugins' queueing hints). */
  private movePodsRejectedFor(reasons: readonly string[], mayHelp?: (waiting: Pod, reason: string) => boolean): void {
    if (this.rejectedForPlacedPods.size === 0) return;
    let moved = false;
    for (const uid of [...this.rejectedForPlacedPods]) {
      const q = this.unschedulable.get(uid);
      if (q === undefined) {
        this.rejectedForPlacedPods.delete(uid);
        continue;
      }
      const m = q.lastMessage ?? '';
      if (!reasons.some((r) => m.includes(r) && (mayHelp === undefined || mayHelp(q.pod, r)))) continue;
      this.rejectedForPlacedPods.delete(uid);
      this.unschedulable.delete(uid);
      this.activate(q);
      moved = true;
    }
    if (moved) {
      this.moveRequests++;
      this.scheduleDrain();
    }
  }

  /**
   * Cluster event: unschedulable pods go back to the active queue (or wait out their backoff);
   * with `maxPriority`, only those of that priority or lower (MoveAllToActiveOrBackoffQueue's preCheck).
   */
  private moveAllToActive(maxPriority?: number): void {
    this.moveRequests++;
    if (this.unschedulable.size === 0) return;
    if (maxPriority !== undefined) {
      let moved = false;
      for (const [uid, q] of [...this.unschedulable]) {
        if ((q.pod.spec.priority ?? 0) > maxPriority) continue;
        this.unschedulable.delete(uid);
        this.activate(q);
        moved = true;
      }
      if (moved) this.scheduleDrain();
      return;
    }
    for (const q of this.unschedulable.values()) this.activate(q);
    this.unschedulable.clear();
    this.scheduleDrain();
  }

  /** From the unschedulable pool to the active queue, or to the backoff queue until its backoff ends. */
  private activate(q: QueuedPod): void {
    this.kernel.cancel(q.timer);
    q.timer = undefined;
    this.setQueued(q);
    if (q.backoffUntilMs <= this.kernel.now) this.active.push(q);
    else {
      this.backoff.push(q);
      this.backoffUnsorted = true;
    }
  }

  private scheduleDrain(): void {
    if (this.drainTimer || (this.active.length === 0 && this.backoff.length === 0)) return;
    this.drainTimer = this.kernel.after(this.schedulingMs, Lane.Cluster, () => {
      this.drainTimer = null;
      this.drain();
    });
  }

  private drain(): void {
    // a shape that failed in this drain fails again without a scan (bindings only take room)
    const failedShapes = new Map<string, string>();
    this.drainActive(this.active, failedShapes);
    // the active queue is empty: pop the backoff queue's head, one pod at a time (a pod it moves
    // to the active queue goes first); a pod goes at most once per drain
    let popped: Set<QueuedPod> | undefined;
    while (this.active.length === 0 && this.backoff.length > 0) {
      if (this.backoffUnsorted) {
        // head last, so that pop() takes it
        this.backoff.sort((a, b) => (lessBackoff(a, b) ? 1 : lessBackoff(b, a) ? -1 : 0));
        this.backoffUnsorted = false;
      }
      const q = this.backoff.pop()!;
      if (inQueue.get(q.pod) !== q) continue;
      if (popped?.has(q)) {
        this.backoff.push(q);
        break;
      }
      (popped ??= new Set()).add(q);
      this.drainActive([q], failedShapes);
    }
    if (this.active.length > 0) this.scheduleDrain();
    else if (this.backoff.length > 0) {
      // a pod back in the backoff queue during this drain (an event came during its own attempt)
      // waits for the flush of completed backoffs, on the whole second after its expiry
      const until = Math.min(...this.backoff.map((q) => q.backoffUntilMs));
      this.kernel.cancel(this.backoffFlush);
      this.backoffFlush = this.kernel.at(Math.max(this.kernel.now, (Math.floor(until / 1000) + 1) * 1000), Lane.Cluster, () => {
        this.backoffFlush = null;
        this.scheduleDrain();
      });
    }
  }

  /** Scheduling cycles for a batch of the active queue, in PrioritySort order. */
  private drainActive(batch: QueuedPod[], failedShapes: Map<string, string>): void {
    if (batch.length === 0) return;
    // PrioritySort: higher priority first, then the earlier enqueue.
    if (batch === this.active) this.active = [];
    // tie-order mode: pods of equal priority in a seeded random order
    const tie = this.kernel.pickTie(2) !== null ? new Map(batch.map((q) => [q, this.kernel.pickTie(1 << 30) ?? 0])) : null;
    batch.sort((a, b) => (b.pod.spec.priority ?? 0) - (a.pod.spec.priority ?? 0) || (tie ? tie.get(a)! - tie.get(b)! : 0) || a.seq - b.seq);
    // Pods with the same constraints that failed in this pass fail again without a scan.
    for (const q of batch) {
      if (inQueue.get(q.pod) !== q || !this.store.isLive(q.pod) || q.pod.spec.nodeName) continue;
      if (q.pod.metadata.deletionTimestamp !== undefined) continue;
      // a pod the placed pods constrain (or that they may reject) is decided afresh every time, and
      // so is a nominated pod (its own nomination, and preemption's verdict on it, are its own)
      const shapeDecides = !this.podConstrained(q.pod) && !q.pod.status.nominatedNodeName;
      const knownFailure = shapeDecides && failedShapes.size > 0 ? failedShapes.get(shapeOf(q.pod)) : undefined;
      this.decisions++;
      if (knownFailure !== undefined) {
        this.markUnschedulable(q, knownFailure);
        continue;
      }
      const movesBefore = this.moveRequests;
      const res = this.scheduleOne(q.pod);
      if (res.node) {
        this.unqueue(q.pod);
        this.bind(q.pod, res.node);
        continue;
      }
      // PostFilter: DynamicResources, then DefaultPreemption (not for "no nodes available", which is
      // not a FitError; the scheduling cycle then clears the nomination itself, clearNominatedNode).
      // A PreFilter rejection ends the phase at DynamicResources (postFilterMessage), which leaves
      // the nomination as it is (no PostFilterResult).
      const pre: { preempted: boolean; message: string | null; clearNomination?: boolean; nominatedNode?: string; evict?: () => void } =
        this.nodes.length === 0 ? { preempted: false, message: '', clearNomination: true } : res.preFilterRejected ? { preempted: false, message: null, clearNomination: false } : this.preempt(q.pod, res.resourceFailures, res.constraintFailures);
      const post = this.nodes.length === 0 ? '' : postFilterMessage(pre.message);
      // FitError.Error appends the PostFilter message as " %v" (since 1.30; it was " %v.", two periods)
      const message = post ? `${res.fitError} ${post}` : res.fitError;
      if (!pre.preempted && shapeDecides) failedShapes.set(shapeOf(q.pod), message);
      this.markUnschedulable(q, message, this.moveRequests !== movesBefore, pre.clearNomination === true, pre.nominatedNode);
      pre.evict?.();
    }
  }

  /** Whether placed pods decide where this pod may go: its spread constraints, pod (anti-)affinity, or theirs. */
  private podConstrained(pod: Pod): boolean {
    return this.antiAffinityPods > 0 || (placementFlagsOf(pod) & (HardSpread | RequiredPodAffinity)) !== 0;
  }

  /** The nodes and the pods the cache counts on them (the snapshot PodTopologySpread and InterPodAffinity read). */
  private placedNodes(): PlacedNode[] {
    return this.nodes.map((ni) => ({ node: ni.node, pods: this.podsCountedOn(ni) }));
  }

  /**
   * Whether some node that `eligible` admits passes every filter for the pod: the node filters,
   * NodeAffinity's node-name PreFilter, and PodTopologySpread's and InterPodAffinity's filters
   * over the placed pods (the invariant checker's question; no decision is made or counted).
   * `spreadCountsTerminating`: PodTopologySpread counts the pods being deleted too, as it did
   * before their deletion began (an event that requeues no pod it rejected).
   */
  fitsSomeNode(pod: Pod, eligible: (ni: NodeInfo) => boolean, spreadCountsTerminating = false): boolean {
    let spread: SpreadState | null = null;
    let podAffinity: AffinityState | null = null;
    if (this.podConstrained(pod)) {
      const placed = this.placedNodes();
      spread = spreadPreFilter(pod, placed, spreadCountsTerminating);
      podAffinity = affinityPreFilter(pod, placed, this.antiAffinityPods > 0);
    }
    const named = nodeNamePreFilter(pod);
    if (named === 'conflict') return false;
    return this.nodes.some((ni) => (named === null || named.has(ni.node.metadata.name)) && eligible(ni) && nominatedNodeFits(pod, ni, spread, podAffinity));
  }

  private scheduleOne(pod: Pod): { node: NodeInfo | null; fitError: string; resourceFailures: NodeInfo[]; constraintFailures?: Map<NodeInfo, string>; preFilterRejected?: true } {
    const all = this.nodes.length;
    if (all === 0) return { node: null, fitError: 'no nodes available to schedule pods', resourceFailures: [] };
    // PodTopologySpread and InterPodAffinity: their PreFilter counts the placed pods once per attempt
    let spread: SpreadState | null = null;
    let podAffinity: AffinityState | null = null;
    const constrained = this.podConstrained(pod);
    // scores that compare a node with the other feasible ones: NodeAffinity's preferred terms,
    // TaintToleration's PreferNoSchedule taints, PodTopologySpread's ScheduleAnyway constraints,
    // InterPodAffinity's terms (the pod's, or the placed pods')
    const flags = placementFlagsOf(pod);
    const softSpread = (flags & SoftSpread) !== 0;
    const byPlacedPods = softSpread || this.podAffinityPods > 0 || (flags & PodAffinityTerms) !== 0;
    let placed: PlacedNode[] | undefined;
    if (constrained) {
      placed = this.placedNodes();
      spread = spreadPreFilter(pod, placed);
      podAffinity = affinityPreFilter(pod, placed, this.antiAffinityPods > 0);
    }
    /** nodes these filters rejected as Unschedulable (preemption may be asked to help there) */
    let constraintFailures: Map<NodeInfo, string> | undefined;
    // NodeAffinity's PreFilter: required terms that all name nodes (matchFields metadata.name In)
    // restrict the nodes looked at; the others are "didn't satisfy plugin(s) [NodeAffinity]"
    const named = nodeNamePreFilter(pod);
    if (named === 'conflict') return { node: null, fitError: `0/${all} nodes are available: pod affinity terms conflict.`, resourceFailures: [], preFilterRejected: true };
    // findNodesThatFitPod -> evaluateNominatedNode: a pod nominated by an earlier preemption tries
    // that node first, after PreFilter; if it passes the filters it is the only feasible node and
    // is taken without scoring (schedulePod, one feasible node); otherwise all nodes are filtered
    const nominated = pod.status.nominatedNodeName ? this.byName.get(pod.status.nominatedNodeName) : undefined;
    if (nominated !== undefined && nominatedNodeFits(pod, nominated, spread, podAffinity)) {
      this.nodesEvaluated++;
      return { node: nominated, fitError: '', resourceFailures: NoNodes };
    }
    const list = named === null ? this.nodes : this.nodes.filter((x) => named.has(x.node.metadata.name));
    const n = list.length;
    const want = numFeasibleNodesToFind(n);
    let best: NodeInfo | null = null;
    let bestScore = -1;
    // the buffer keeps its length (shrinking a V8 array frees its store); nTies is what counts
    const ties = this.tieBuffer;
    let nTies = 0;
    let found = 0;
    let evaluated = 0;
    // allocated at the first node that does not fit (most decisions have none)
    let reasons: Map<string, number> | undefined;
    let resourceFailures: NodeInfo[] = NoNodes;
    const req = podRequest(pod);
    const nz = podNonZeroRequest(pod);
    const reqCpu = req.cpuMilli;
    const reqMem = req.memoryBytes;
    const nzCpu = nz.cpuMilli;
    const nzMem = nz.memoryBytes;
    // a pod without node constraints, on a plain node nobody is nominated to, needs only the
    // resource check: the node object itself is not read
    // relative scores (NormalizeScore): the pick waits for the whole sample
    const relative = byPlacedPods || this.preferNoScheduleNodes > 0 || (pod.spec.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution?.length ?? 0) > 0;
    const podPlain = !pod.spec.nodeSelector && !pod.spec.affinity && req.scalar === undefined && !constrained && !relative && hostPortsOf(pod).length === 0;
    const scored = this.scored;
    let nScored = 0;
    if (this.useIndex && podPlain && named === null && this.nonPlainNodes === 0 && this.nominatedPods.size === 0) {
      // only resources decide: the index gives the one-by-one scan's decision without the scan
      const t = this.tree;
      const tree = t && t.shape.reqCpu === reqCpu && t.shape.reqMem === reqMem && t.shape.nzCpu === nzCpu && t.shape.nzMem === nzMem ? t : this.treeFor({ reqCpu, reqMem, nzCpu, nzMem });
      const pick = tree?.select(this.nextStartNodeIndex, want, (count) => this.rng.int(count));
      if (pick) {
        this.nodesEvaluated += pick.evaluated;
        this.nextStartNodeIndex = (this.nextStartNodeIndex + pick.evaluated) % n;
        return { node: this.nodes[pick.index]!, fitError: '', resourceFailures: NoNodes };
      }
      // nothing fits: the scan below names every node's reasons
    }
    for (let k = 0; k < n && found < want; k++) {
      let idx = this.nextStartNodeIndex + k;
      if (idx >= n) idx %= n;
      const ni = list[idx]!;
      evaluated++;
      let why: FitReasons;
      if (podPlain && ni.plain && (ni.nominated === undefined || ni.nominated.size === 0)) {
        // the common case, fitting, decided inline; resourceFit names the reasons otherwise
        why = ni.podCount < ni.allocPods && (reqCpu === 0 || ni.reqCpu + reqCpu <= ni.allocCpu) && (reqMem === 0 || ni.reqMem + reqMem <= ni.allocMem) ? null : resourceFit(ni, req, ni.reqCpu, ni.reqMem, ni.podCount);
      } else why = filterNode(pod, ni, req);
      if (why === null && (spread !== null || podAffinity !== null)) {
        const reason = (spread && spreadFilter(spread, ni.node)) || (podAffinity && affinityFilter(podAffinity, ni.node)) || null;
        if (reason !== null) {
          why = [reason];
          // the skew and the anti-affinity rules are Unschedulable (removing pods may help); a
          // missing topology label and the affinity rules are UnschedulableAndUnresolvable
          if (reason === SpreadMismatch || reason === AntiAffinityRulesMismatch || reason === ExistingAntiAffinityMismatch) (constraintFailures ??= new Map()).set(ni, reason);
        }
      }
      if (why !== null) {
        countReasons((reasons ??= new Map()), why);
        // NodePorts' and NodeResourcesFit's failures are Unschedulable (preemption may help), unless
        // the pod asks for more than the node's whole allocatable (fitsRequest's Unresolvable); the
        // other filters' are UnschedulableAndUnresolvable
        if (why === NoFreePorts || ((why[0] === TooManyPods || why[0] === InsufficientCpu || why[0] === InsufficientMemory || why[0]!.startsWith('Insufficient ')) && !exceedsAllocatable(ni, req))) {
          if (resourceFailures === NoNodes) resourceFailures = [];
          resourceFailures.push(ni);
        }
        continue;
      }
      found++;
      let s: number;
      if (ni.scoreCpu === nzCpu && ni.scoreMem === nzMem && ni.scoreReqCpu === reqCpu && ni.scoreReqMem === reqMem) s = ni.score;
      else {
        s = scoreNode(pod, ni, nz, req);
        ni.scoreCpu = nzCpu;
        ni.scoreMem = nzMem;
        ni.scoreReqCpu = reqCpu;
        ni.scoreReqMem = reqMem;
        ni.score = s;
      }
      if (relative) {
        const entry = scored[nScored] ?? (scored[nScored] = { ni, own: 0, affinity: 0, taints: 0 });
        entry.ni = ni;
        entry.own = s;
        entry.affinity = preferredAffinityScore(pod, ni.node);
        entry.taints = intolerablePreferNoSchedule(pod, ni.node);
        nScored++;
        continue;
      }
      if (s > bestScore) {
        bestScore = s;
        ties[0] = ni;
        nTies = 1;
      } else if (s === bestScore) ties[nTies++] = ni;
    }
    if (relative && nScored > 0) {
      let maxAffinity = 0;
      let maxTaints = 0;
      for (let i = 0; i < nScored; i++) {
        if (scored[i]!.affinity > maxAffinity) maxAffinity = scored[i]!.affinity;
        if (scored[i]!.taints > maxTaints) maxTaints = scored[i]!.taints;
      }
      let spreadNorm: number[] | undefined;
      let podAffinityNorm: number[] | undefined;
      if (byPlacedPods) {
        placed ??= this.placedNodes();
        const feasible = scored.slice(0, nScored).map((e) => e.ni.node);
        const sp = softSpread ? spreadScores(pod, placed, feasible) : null;
        if (sp) spreadNorm = normalizeSpreadScores(sp.raw, sp.ignored);
        const pa = podAffinityScores(pod, placed, feasible, this.podAffinityPods > 0);
        if (pa) podAffinityNorm = normalizePodAffinityScores(pa);
      }
      for (let i = 0; i < nScored; i++) {
        const e = scored[i]!;
        const s =
          e.own +
          NodeAffinityWeight * normalizeScore(e.affinity, maxAffinity, false) +
          TaintTolerationWeight * normalizeScore(e.taints, maxTaints, true) +
          PodTopologySpreadWeight * (spreadNorm?.[i] ?? 0) +
          InterPodAffinityWeight * (podAffinityNorm?.[i] ?? 0);
        if (s > bestScore) {
          bestScore = s;
          ties[0] = e.ni;
          nTies = 1;
        } else if (s === bestScore) ties[nTies++] = e.ni;
      }
    }
    // selectHost picks uniformly among the best scores (upstream by reservoir sampling, one draw
    // per tie); one draw from the scheduler's seeded stream gives the same distribution
    if (nTies > 0) best = nTies === 1 ? ties[0]! : ties[this.rng.int(nTies)]!;
    this.nodesEvaluated += evaluated;
    this.nextStartNodeIndex = (this.nextStartNodeIndex + evaluated) % all;
    if (best) return { node: best, fitError: '', resourceFailures };
    if (n < all) (reasons ??= new Map()).set(NodeAffinityPreFilter, all - n);
    return { node: null, fitError: `0/${all} nodes are available: ${reasonsHistogram(reasons ?? new Map())}.`, resourceFailures, constraintFailures };
  }

  /**
   * The index for a pod shape: kept while pods of that shape come; built for a new shape the
   * second time in a row it comes (a shape seen once is scanned, as a build costs a scan).
   */
  private treeFor(shape: PodShape): FitScoreTree | null {
    if (this.tree && this.tree.sameShape(shape)) return this.tree;
    const last = this.lastShape;
    this.lastShape = shape;
    if (!last || last.reqCpu !== shape.reqCpu || last.reqMem !== shape.reqMem || last.nzCpu !== shape.nzCpu || last.nzMem !== shape.nzMem) return null;
    const nodes = this.nodes;
    const { reqCpu, reqMem, nzCpu, nzMem } = shape;
    this.tree = new FitScoreTree(shape, nodes.length, (i) => {
      const ni = nodes[i]!;
      const fits = ni.podCount < ni.allocPods && (reqCpu === 0 || ni.reqCpu + reqCpu <= ni.allocCpu) && (reqMem === 0 || ni.reqMem + reqMem <= ni.allocMem);
      return fits ? scoreFor(ni, nzCpu, nzMem, reqCpu, reqMem) : null;
    });
    return this.tree;
  }

  /**
   * DefaultPreemption: on the nodes where only resources stood in the way, remove every pod of
   * strictly lower priority (terminating ones too: they still hold their room), then reprieve
   * victims (most important first) while the pod still fits. Pick the node by: lowest
   * highest-victim priority, smallest sum of priorities, fewest victims, then node order. Victims
   * not yet terminating get DisruptionTarget (PreemptionByScheduler) and a graceful delete; the
   * preemptor is nominated to the node and binds once they are gone. With no candidate the
   * preemptor's nomination is cleared (clearNomination).
   */
  private preempt(
    pod: Pod,
    resourceCandidates: NodeInfo[],
    constraintFailures?: Map<NodeInfo, string>,
  ): { preempted: boolean; message: string; clearNomination?: boolean; nominatedNode?: string; evict?: () => void } {
    const n = this.nodes.length;
    const prio = pod.spec.priority ?? 0;
    // PodEligibleToPreemptOthers, with the filters' code for the nominated node (a node that no
    // filter found Unschedulable, or that is gone, is UnschedulableAndUnresolvable)
    const nominated = pod.status.nominatedNodeName ? this.byName.get(pod.status.nominatedNodeName) : undefined;
    const nominatedCode: FilterCode = nominated !== undefined && (resourceCandidates.includes(nominated) || constraintFailures?.has(nominated) === true) ? 'Unschedulable' : 'UnschedulableAndUnresolvable';
    const notEligible = podEligibleToPreemptOthers(pod, nominatedCode, nominated && nominatedCode === 'Unschedulable' ? this.podsCountedOn(nominated) : []);
    // a preemptor waiting for its victims is not a failure of its shape (preempted: true)
    if (notEligible !== null) return { preempted: pod.spec.preemptionPolicy !== 'Never', message: notEligible };
    const candidates = constraintFailures ? [...resourceCandidates, ...constraintFailures.keys()] : resourceCandidates;
    // Evaluator.Preempt: no candidate returns the nominated node "" to clear the pod's nomination
    if (candidates.length === 0) return { preempted: false, message: `0/${n} nodes are available: ${n} ${NotHelpful[0]}.`, clearNomination: true };
    const req = podRequest(pod);
    let best: { ni: NodeInfo; victims: Pod[]; key: number[] } | undefined;
    // SelectVictimsOnNode's verdict on each candidate that cannot take the pod, for the message
    const failures = new Map<string, number>();
    // PodTopologySpread and InterPodAffinity see the victims removed (their PreFilter extensions)
    const placed = this.podConstrained(pod) ? this.placedNodes() : null;
    const constraintsWithout = (ni: NodeInfo, removed: ReadonlySet<Pod>): string | null => {
      if (placed === null) return null;
      const left = placed.map((x) => ({ node: x.node, pods: x.pods.filter((p) => !removed.has(p)) }));
      const spread = spreadPreFilter(pod, left);
      const anyAntiAffinity = left.some((x) => x.pods.some(hasRequiredAntiAffinity));
      const affinity = affinityPreFilter(pod, left, anyAntiAffinity);
      return (spread && spreadFilter(spread, ni.node)) || (affinity && affinityFilter(affinity, ni.node)) || null;
    };
    // NodePorts with the victims' ports freed
    const wantedPorts = hostPortsOf(pod);
    const portsTakenWithout = (ni: NodeInfo, removed: ReadonlySet<Pod>): FitReasons => {
      if (wantedPorts.length === 0 || ni.usedPorts === undefined) return null;
      const used: UsedPorts = new Map();
      for (const p of this.podsCountedOn(ni)) if (!removed.has(p)) useHostPorts(used, hostPortsOf(p), 1);
      return hostPortsConflict(wantedPorts, used) ? NoFreePorts : null;
    };
    for (const ni of candidates) {
      // SelectVictimsOnNode: every pod of lower priority (isPreemptionAllowed), being deleted or not
      const lower = this.podsCountedOn(ni).filter((v) => (v.spec.priority ?? 0) < prio);
      if (lower.length === 0) {
        countReasons(failures, NoVictims);
        continue;
      }
      let cpu = ni.reqCpu;
      let mem = ni.reqMem;
      let count = ni.podCount;
      let scalar = ni.reqScalar;
      // room already promised to other preemptors of at least this priority stays taken
      for (const other of ni.nominated ?? []) {
        if (other === pod || (other.spec.priority ?? 0) < prio) continue;
        const r = podRequest(other);
        cpu += r.cpuMilli;
        mem += r.memoryBytes;
        count++;
        scalar = withScalars(scalar, r, 1);
      }
      for (const v of lower) {
        const r = podRequest(v);
        cpu -= r.cpuMilli;
        mem -= r.memoryBytes;
        count--;
        scalar = withScalars(scalar, r, -1);
      }
      // not even without every lower-priority pod: the filters' own reasons
      const removed = new Set(lower);
      const stillShort = portsTakenWithout(ni, removed) ?? resourceFit(ni, req, cpu, mem, count, scalar) ?? (placed ? constraintsWithout(ni, removed) : null);
      if (stillShort !== null) {
        countReasons(failures, typeof stillShort === 'string' ? [stillShort] : stillShort);
        continue;
      }
      // reprieve the most important first: higher priority, then the earlier start
      lower.sort((a, b) => (b.spec.priority ?? 0) - (a.spec.priority ?? 0) || parseStart(a) - parseStart(b) || (a.metadata.name < b.metadata.name ? -1 : 1));
      const victims: Pod[] = [];
      for (const v of lower) {
        const r = podRequest(v);
        const withV = withScalars(scalar, r, 1);
        removed.delete(v);
        if (portsTakenWithout(ni, removed) === null && resourceFit(ni, req, cpu + r.cpuMilli, mem + r.memoryBytes, count + 1, withV) === null && (placed === null || constraintsWithout(ni, removed) === null)) {
          cpu += r.cpuMilli;
          mem += r.memoryBytes;
          count++;
          scalar = withV;
        } else {
          removed.add(v);
          victims.push(v);
        }
      }
      // pickOneNodeForPreemption: the lowest highest victim priority; the smallest sum of
      // (priority + MaxInt32 + 1), so that negative priorities never make a sum look smaller
      // than fewer victims would; the fewest victims; the latest start among the victims of the
      // highest priority (GetEarliestPodStartTime); then node order
      const prios = victims.map((v) => v.spec.priority ?? 0);
      const top = Math.max(...prios);
      let earliest = Infinity;
      for (const v of victims) if ((v.spec.priority ?? 0) === top) earliest = Math.min(earliest, parseStart(v));
      const key = [top, prios.reduce((a, b) => a + b + 2 ** 31, 0), victims.length, -earliest];
      if (!best || lessKey(key, best.key)) best = { ni, victims, key };
    }
    if (!best) {
      if (n > candidates.length) failures.set(NotHelpful[0]!, n - candidates.length);
      return { preempted: false, message: `0/${n} nodes are available: ${reasonsHistogram(failures)}.`, clearNomination: true };
    }
    const node = best.ni.node.metadata.name;
    const now = this.store.nowIso;
    // prepareCandidateAsync (SchedulerAsyncPreemption, on since 1.33): a victim already being
    // deleted gets no API call; with none left to delete nothing else is done, otherwise the
    // lower-priority pods nominated to the node lose their nomination first (they stay queued
    // where they are: a status change requeues no pod)
    const toDelete = best.victims.filter((v) => v.metadata.deletionTimestamp === undefined);
    const displaced = toDelete.length > 0 ? lowerPriorityNominatedPods(pod, best.ni.nominated ?? []) : [];
    this.nominate(pod, best.ni);
    // the preemptor's nomination is written with its PodScheduled condition, in one patch
    // (handleSchedulingFailure's updatePod); the goroutine of prepareCandidateAsync then clears
    // the displaced nominations and preempts each victim: DisruptionTarget, the deletion, and the
    // Preempted event naming the victim as the scheduler's snapshot held it
    const evict = () => {
      for (const other of displaced) {
        this.unnominate(other);
        this.store.update(other, (p) => delete p.status.nominatedNodeName);
      }
      for (const v of toDelete) {
        const seen = v.metadata.resourceVersion;
        this.store.update(v, (p) => setPodCond(p, 'DisruptionTarget', 'True', now, 'PreemptionByScheduler', 'default-scheduler: preempting to accommodate a higher priority pod'));
        this.store.delete(v);
        this.store.recordEvent(v, 'Normal', 'Preempted', `Preempted by pod ${pod.metadata.uid} on node ${node}`, 'default-scheduler', undefined, { resourceVersion: seen });
      }
    };
    return { preempted: true, message: '', nominatedNode: node, evict };
  }

  private nominate(pod: Pod, ni: NodeInfo): void {
    for (const other of this.nodes) other.nominated?.delete(pod);
    (ni.nominated ??= new Set()).add(pod);
    this.nominatedPods.add(pod);
  }

  private unnominate(pod: Pod): void {
    this.nominatedPods.delete(pod);
    if (!pod.status.nominatedNodeName) return;
    this.byName.get(pod.status.nominatedNodeName)?.nominated?.delete(pod);
  }

  private bind(pod: Pod, ni: NodeInfo): void {
    this.unnominate(pod);
    this.assume(pod, ni);
    // a pod placed may be what a spread constraint's minimum or an affinity term was waiting for,
    // if it counts for them (the plugins' queueing hints on a pod add); most binds find none
    // waiting, and allocate nothing for them
    if (this.rejectedForPlacedPods.size > 0) {
      this.movePodsRejectedFor(PlacedPodReasons, (waiting, reason) =>
        reason === SpreadMismatch ? spreadMayHelpAfterPodAdd(waiting, pod) : affinityMayHelpAfterPodAdd(waiting, pod),
      );
    }
    const now = this.store.nowIso;
    // the event first: the kubelet reacts to the binding synchronously here, and its events follow
    this.store.recordEvent(pod, 'Normal', 'Scheduled', `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${ni.node.metadata.name}`, 'default-scheduler');
    this.store.bind(pod, ni.node.metadata.name, (p) => setPodCond(p, 'PodScheduled', 'True', now));
    this.hooks.onBound?.(pod, ni);
  }

  /**
   * A failed attempt: the pod waits in the unschedulable pool for a cluster event, or, when such an
   * event already happened during its attempt (e.g. its preemption victims left), in the backoff
   * queue (upstream's moveRequestCycle rule).
   */
  private markUnschedulable(q: QueuedPod, message: string, movedDuringAttempt = false, clearNomination = false, nominatedNode?: string): void {
    q.attempts++;
    const backoff = Math.min(PodInitialBackoffMs * 2 ** (q.attempts - 1), PodMaxBackoffMs);
    q.backoffUntilMs = this.kernel.now + backoff;
    // AddUnschedulableIfNotPresent refreshes the pod's queue timestamp (PrioritySort's tie-break)
    q.seq = this.seq++;
    this.unqueue(q.pod);
    this.unschedulable.set(q.pod.metadata.uid, q);
    this.recordUnschedulable(q, message, clearNomination, nominatedNode);
    if (message.includes(SpreadMismatch) || message.includes(AffinityRulesMismatch)) this.rejectedForPlacedPods.add(q.pod.metadata.uid);
    if (movedDuringAttempt) {
      this.unschedulable.delete(q.pod.metadata.uid);
      this.activate(q);
      return;
    }
    // Background: a pod that can never fit must not keep a run that waits for quiet alive.
    q.timer = this.kernel.after(
      PodMaxInUnschedulablePodsDurationMs,
      Lane.Cluster,
      () => {
        q.timer = undefined;
        if (this.unschedulable.get(q.pod.metadata.uid) === q) {
          this.unschedulable.delete(q.pod.metadata.uid);
          this.enqueue(q);
        }
      },
      true,
    );
  }

  /**
   * handleSchedulingFailure's updatePod: one status write with the PodScheduled condition and, when
   * the PostFilter result says so (ModeOverride ""), the nomination cleared; none when neither changes.
   */
  private recordUnschedulable(q: QueuedPod, message: string, clearNomination = false, nominatedNode?: string): void {
    const clear = clearNomination && q.pod.status.nominatedNodeName !== undefined;
    const nominate = nominatedNode !== undefined && q.pod.status.nominatedNodeName !== nominatedNode;
    if (q.lastMessage === message && !clear && !nominate) return;
    if (clear) this.unnominate(q.pod);
    // the event first, naming the pod as it came off the queue, then the status patch
    if (q.lastMessage !== message) {
      q.lastMessage = message;
      this.store.recordEvent(q.pod, 'Warning', 'FailedScheduling', message, 'default-scheduler');
    }
    const now = this.store.nowIso;
    this.store.update(q.pod, (p) => {
      setPodCond(p, 'PodScheduled', 'False', now, 'Unschedulable', message);
      if (clear) delete p.status.nominatedNodeName;
      if (nominate) p.status.nominatedNodeName = nominatedNode;
    });
  }

  /** Whether a node is Ready (for metrics and invariants). */
  static nodeReady(node: Node): boolean {
    return isConditionTrue(node.status.conditions, 'Ready');
  }
}

/**
 * The backoff queue's order (lessBackoffCompletedWithPriority): the earlier backoff expiry,
 * truncated to the second (the ordering window), then PrioritySort.
 */
function lessBackoff(a: QueuedPod, b: QueuedPod): boolean {
  const wa = Math.floor(a.backoffUntilMs / 1000);
  const wb = Math.floor(b.backoffUntilMs / 1000);
  if (wa !== wb) return wa < wb;
  const pa = a.pod.spec.priority ?? 0;
  const pb = b.pod.spec.priority ?? 0;
  return pa !== pb ? pa > pb : a.seq < b.seq;
}

/** The rejections that a pod placed may lift (PodTopologySpread's and InterPodAffinity's). */
const PlacedPodReasons: readonly string[] = [SpreadMismatch, AffinityRulesMismatch];

/** The empty list of nodes that failed on resources (shared, never written). */
const NoNodes: NodeInfo[] = [];

function lessKey(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

function parseStart(p: Pod): number {
  return p.status.startTime ? Date.parse(p.status.startTime) : Infinity;
}

const shapeCache = new Slot<string>('jobsim.schedulingShape');
/**
 * Everything in a pod's spec that a failed scheduling cycle's verdict depends on, as a key (pods
 * of one template share it): NodeResourcesFit's requests, NodeAffinity's selector and terms, the
 * tolerations (NodeUnschedulable, TaintToleration), NodePorts' host ports (fitsPorts reads the
 * pod's own ports), the priority (nominated pods, preemption's victims) and the preemption policy
 * (PodEligibleToPreemptOthers). Upstream filters every pod on its own; sharing a verdict is only
 * a shortcut, so a field left out here would hand one pod another's verdict.
 */
export function shapeOf(pod: Pod): string {
  let s = shapeCache.get(pod);
  if (s === undefined) {
    const r = podRequest(pod);
    const ports = hostPortsOf(pod);
    s = `${r.cpuMilli}|${r.memoryBytes}|${r.scalar ? JSON.stringify([...r.scalar]) : ''}|${JSON.stringify(pod.spec.nodeSelector ?? null)}|${JSON.stringify(pod.spec.affinity ?? null)}|${JSON.stringify(pod.spec.tolerations ?? null)}|${pod.spec.priority ?? 0}|${pod.spec.preemptionPolicy ?? ''}|${ports.length > 0 ? JSON.stringify(ports) : ''}`;
    shapeCache.remember(pod, s);
  }
  return s;
}

function seenOf(node: Node): NodeSeen {
  const labelMap = { ...node.metadata.labels };
  return { labels: JSON.stringify(labelMap), labelMap, taints: JSON.stringify(node.spec.taints ?? []), unschedulable: node.spec.unschedulable === true };
}
