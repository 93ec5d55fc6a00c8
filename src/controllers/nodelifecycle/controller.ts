// Node lifecycle controller (pkg/controller/nodelifecycle) and taint-eviction controller
// (pkg/controller/tainteviction), with upstream timings: the kubelet renews its Lease every 10s,
// the controller's monitor pass runs every 5s and marks a node Ready=Unknown once no renewal was
// seen for the 50s grace period; then the unreachable taints; pods are evicted after their
// toleration seconds (300 by the DefaultTolerationSeconds admission).
//
// To keep idle clusters free of periodic events, the passes are computed, not ticked: a node
// going down schedules the one monitor pass that will notice it (same result as ticking).

import type { Node, Pod, Taint } from '../../api/types.ts';
import type { Store } from '../../apiserver/store.ts';
import type { Kernel, Timer } from '../../core/kernel.ts';
import { Lane } from '../../core/kernel.ts';
import { isoSeconds, parseTime } from '../../core/time.ts';
import type { Kubelets } from '../../cluster/kubelet.ts';
import { setPodCond, zoneKey } from '../../api/meta.ts';
import { toleratesTaint } from '../../cluster/resources.ts';

export const NodeMonitorPeriodMs = 5_000;
export const NodeMonitorGracePeriodMs = 50_000;
export const LeaseRenewIntervalMs = 10_000;
/** --node-eviction-rate 0.1: one NoExecute taint per 10s per zone (token bucket, burst 1) */
export const NodeEvictionIntervalMs = 10_000;

export const TaintUnreachable = 'node.kubernetes.io/unreachable';
export const TaintNotReady = 'node.kubernetes.io/not-ready';
export const TaintUnschedulable = 'node.kubernetes.io/unschedulable';

/** The last Lease renewal at or before `downAtMs`, for a kubelet renewing every 10s with `phaseMs`. */
export function lastRenewalMs(downAtMs: number, phaseMs: number): number {
  return Math.floor((downAtMs - phaseMs) / LeaseRenewIntervalMs) * LeaseRenewIntervalMs + phaseMs;
}

/** The first monitor pass (every 5s from t=0) strictly after `ms`. */
export function nextMonitorPassMs(ms: number, originMs: number): number {
  return originMs + (Math.floor((ms - originMs) / NodeMonitorPeriodMs) + 1) * NodeMonitorPeriodMs;
}

/**
 * When the controller marks a node Unknown: the pass that first saw the last renewal sets the
 * probe time; the first pass with now > probe + grace acts. The monitor loop is a sliding
 * wait.Until (the 5s period starts when a pass ends), so each pass runs a little later than the
 * one before it, and the tenth pass after the probe is already past probe + 50s: it acts.
 */
export function unknownAtMs(downAtMs: number, leasePhaseMs: number, originMs: number): number {
  const renewal = lastRenewalMs(downAtMs, leasePhaseMs);
  const probe = renewal === originMs ? originMs : nextMonitorPassMs(renewal - 1, originMs);
  return nextMonitorPassMs(probe + NodeMonitorGracePeriodMs - 1, originMs);
}

/**
 * unknownAtMs, for a controller that set every node's probe timestamp at the pass `probeFloorMs`
 * (tryUpdateNodeHealth's "Missing timestamp for Node" at its start; handleDisruption's exit from
 * master disruption mode): a renewal seen before that pass counts from it.
 */
export function unknownAtWithProbeFloorMs(downAtMs: number, leasePhaseMs: number, originMs: number, probeFloorMs: number): number {
  return Math.max(unknownAtMs(downAtMs, leasePhaseMs, originMs), probeFloorMs + NodeMonitorGracePeriodMs);
}

/** The eviction delay for a pod on a node with NoExecute taints (null: tolerated forever; 0: now). */
export function evictionDelayMs(pod: Pod, taints: Taint[]): number | null {
  let min: number | null = null;
  for (const taint of taints) {
    if (taint.effect !== 'NoExecute') continue;
    // GetMatchingTolerations: the first toleration that tolerates the taint is the one used
    const t = (pod.spec.tolerations ?? []).find((x) => toleratesTaint(x, taint));
    if (t === undefined) return 0;
    if (t.tolerationSeconds !== undefined) {
      const s = t.tolerationSeconds <= 0 ? 0 : t.tolerationSeconds * 1000;
      if (min === null || s < min) min = s;
    }
  }
  return min;
}

/** Whether some NoExecute taint is tolerated by none of the pod's tolerations (GetMatchingTolerations' allTolerated false). */
export function hasUntoleratedTaint(pod: Pod, noExecute: Taint[]): boolean {
  return noExecute.some((taint) => !(pod.spec.tolerations ?? []).some((x) => toleratesTaint(x, taint)));
}

/**
 * The NoSchedule taints the node lifecycle controller keeps in line with the node's conditions
 * (doNoScheduleTaintingPass's nodeConditionToTaintKeyStatusMap): key → condition and the statuses
 * that justify it.
 */
const conditionTaints: ReadonlyMap<string, [string, readonly string[]]> = new Map([
  [TaintNotReady, ['Ready', ['False']]],
  [TaintUnreachable, ['Ready', ['Unknown']]],
  ['node.kubernetes.io/memory-pressure', ['MemoryPressure', ['True']]],
  ['node.kubernetes.io/disk-pressure', ['DiskPressure', ['True']]],
  ['node.kubernetes.io/pid-pressure', ['PIDPressure', ['True']]],
  ['node.kubernetes.io/network-unavailable', ['NetworkUnavailable', ['True']]],
]);

interface NodeState {
  downAtMs: number | null;
  timer: Timer | null;
  /** the monitor pass that sees the node Ready again and marks it reachable (its own timer: the node may go silent again before it) */
  reachTimer: Timer | null;
  /** when the kubelet last posted a changed status (it came back); null: since the node was created */
  reportBaseMs: number | null;
}

/** nodeStatusReportFrequency: an unchanged node status is posted again every 5 minutes */
export const NodeStatusReportMs = 300_000;

/**
 * The kubelet's last status report at or before `limitMs` (before it, when the kubelet stopped at
 * `limitMs`): reports go out at `baseMs` and every 5 minutes after it.
 */
export function lastStatusReportMs(baseMs: number, limitMs: number, stoppedAtLimit: boolean): number {
  if (limitMs <= baseMs) return baseMs;
  let k = Math.floor((limitMs - baseMs) / NodeStatusReportMs);
  if (stoppedAtLimit && k > 0 && baseMs + k * NodeStatusReportMs === limitMs) k--;
  return baseMs + k * NodeStatusReportMs;
}

export class NodeLifecycleController {
  private state = new Map<string, NodeState>();
  private evictions = new Map<string, Timer>();
  /** nodes with a NoExecute taint: only pods bound to one of them need a look when they change */
  private noExecuteNodes = new Set<string>();
  /** pods whose eviction has fired: the timed queue keeps their key, so no second one is planned */
  private evicted = new Set<string>();
  /** per zone (GetZoneKey), the nodes waiting for their NoExecute taint: zoneNoExecuteTainter */
  private zoneQueues = new Map<string, ZoneQueue>();
  /** every node of every zone is not Ready: no NoExecute taints, no evictions (handleDisruption) */
  private masterDisruption = false;
  /** handleDisruption's zoneStates as of its last pass (zones of counted nodes only) */
  private zoneStates: ReadonlyMap<string, ZoneState> = new Map();
  /** the handleDisruption that ends the current monitor pass, once its node updates are done */
  private disruptionPass: Timer | null = null;
  /** the controller manager is down (controllerDown: all): no passes, no taints, no evictions */
  private down = false;
  /** when the controller (re)started: its monitor passes run every 5s from then */
  private originMs: number;

  constructor(
    private readonly kernel: Kernel,
    private readonly store: Store,
    private readonly kubelets: Kubelets,
    private readonly leasePhaseMs: (node: string) => number,
  ) {
    this.originMs = kernel.startMs;
    store.watch('Pod', (type, pod) => {
      if (this.down) return;
      // a pod deleted while its eviction waits: handlePodUpdate cancels the work with an event
      if (type === 'DELETED') this.cancelEviction(pod, true);
      else if (this.noExecuteNodes.size > 0 && pod.spec.nodeName && this.noExecuteNodes.has(pod.spec.nodeName) && !this.evictions.has(pod.metadata.uid) && !this.evicted.has(pod.metadata.uid)) this.podOnNode(pod, pod.spec.nodeName);
      if (type === 'DELETED') this.evicted.delete(pod.metadata.uid);
    });
    store.watch('Node', (type, node) => {
      if (type === 'DELETED' && !this.down) this.nodeDeleted(node);
      // doNoScheduleTaintingPass on a node update: a cordoned node carries the unschedulable taint
      if (type === 'MODIFIED' && !this.down && (node.spec.unschedulable === true) !== hasUnschedulableTaint(node)) {
        const name = node.metadata.name;
        this.kernel.after(0, Lane.Controller, () => {
          if (!this.down) this.syncUnschedulableTaint(name);
        });
      }
      if (type === 'ADDED' && (node.spec.taints?.length ?? 0) > 0) {
        const name = node.metadata.name;
        this.kernel.after(0, Lane.Cluster, () => {
          if (!this.down) this.reconcileOwnedTaints(name);
        });
      }
      if (type !== 'DELETED' && node.spec.taints?.some((t) => t.effect === 'NoExecute')) this.noExecuteNodes.add(node.metadata.name);
      else this.noExecuteNodes.delete(node.metadata.name);
    });
  }

  /**
   * Writes the Ready condition's lastHeartbeatTime of the kubelet's last status report. The
   * periodic reports change nothing else, so they are not simulated one by one: their outcome is
   * written once, when the run ends or before the node is deleted.
   */
  stampHeartbeat(node: Node): void {
    const ready = node.status.conditions.find((c) => c.type === 'Ready');
    if (!ready) return;
    const s = this.state.get(node.metadata.name);
    const base = s?.reportBaseMs ?? parseTime(node.metadata.creationTimestamp);
    const down = s?.downAtMs ?? null;
    const at = isoSeconds(lastStatusReportMs(base, down ?? this.kernel.now, down !== null));
    if (ready.lastHeartbeatTime !== at) this.store.update(node, () => (ready.lastHeartbeatTime = at));
  }

  /** monitorNodeHealth: the next pass sees the node gone from the lister and says so. */
  private nodeDeleted(node: Node): void {
    const name = node.metadata.name;
    const s = this.state.get(name);
    if (s) {
      this.kernel.cancel(s.timer);
      this.kernel.cancel(s.reachTimer);
    }
    this.state.delete(name);
    this.kernel.at(nextMonitorPassMs(this.kernel.now, this.originMs), Lane.Cluster, () => {
      this.store.recordEvent(node, 'Normal', 'RemovingNode', `Node ${name} event: Removing Node ${name} from Controller`, 'node-controller', undefined, { bare: true });
      // the zones are computed from the nodes listed at each pass: without this node a zone may
      // have no Ready node left (or no node at all)
      this.planHandleDisruption();
    });
  }

  private st(name: string): NodeState {
    let s = this.state.get(name);
    if (!s) this.state.set(name, (s = { downAtMs: null, timer: null, reachTimer: null, reportBaseMs: null }));
    return s;
  }

  /** The kubelet of `name` stops renewing its Lease and posting status. */
  nodeDown(name: string): void {
    const node = this.store.get('Node', '', name);
    if (!node) return;
    const s = this.st(name);
    if (s.downAtMs !== null) return;
    s.downAtMs = this.kernel.now;
    this.kubelets.setDown(name, true);
    if (this.down) return; // the controller sees it when it is back
    this.planUnknown(name, s);
  }

  /**
   * The pass that will mark a silent node Unknown: the last renewal seen plus the grace period, or
   * `probeFloorMs` (a pass that set every node's probe timestamp: the controller's start, the exit
   * from master disruption mode) plus the grace period, whichever is later.
   */
  private planUnknown(name: string, s: NodeState, probeFloorMs = this.originMs): void {
    const at = unknownAtWithProbeFloorMs(s.downAtMs!, this.leasePhaseMs(name), this.originMs, probeFloorMs);
    this.kernel.cancel(s.timer);
    s.timer = this.kernel.at(at, Lane.Cluster, () => this.markUnknown(name));
  }

  /** The kubelet is back: it posts Ready at once; the next monitor pass removes the taints. */
  nodeUp(name: string): void {
    const s = this.st(name);
    if (s.downAtMs === null) return;
    s.downAtMs = null;
    s.reportBaseMs = this.kernel.now;
    this.kernel.cancel(s.timer);
    s.timer = null;
    const node = this.store.get('Node', '', name);
    if (!node) return;
    const now = this.store.nowIso;
    const wasNotReady = node.status.conditions.find((c) => c.type === 'Ready')?.status !== 'True';
    this.store.update(node, (n) => {
      const c = n.status.conditions.find((x) => x.type === 'Ready')!;
      if (c.status !== 'True') c.lastTransitionTime = now;
      Object.assign(c, { status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status', lastHeartbeatTime: now });
    });
    if (wasNotReady) this.store.recordEvent(node, 'Normal', 'NodeReady', `Node ${name} status is now: NodeReady`, 'kubelet', name, { bare: true, noApiVersion: true });
    this.kubelets.setDown(name, false);
    if (this.down) return; // its taints go when the controller is back
    const at = nextMonitorPassMs(this.kernel.now, this.originMs);
    this.kernel.cancel(s.reachTimer);
    s.reachTimer = this.kernel.at(at, Lane.Cluster, () => {
      s.reachTimer = null;
      // markNodeAsReachable: the taints go, and so does its place in the zone's tainting queue
      this.dequeueNoExecuteTaint(name);
      this.removeTaints(name);
      this.planHandleDisruption();
    });
  }

  private markUnknown(name: string): void {
    const s = this.st(name);
    s.timer = null;
    const node = this.store.get('Node', '', name);
    if (!node || s.downAtMs === null) return;
    const now = this.store.nowIso;
    this.store.update(node, (n) => {
      for (const type of ['Ready', 'MemoryPressure', 'DiskPressure', 'PIDPressure']) {
        const c = n.status.conditions.find((x) => x.type === type);
        if (c) Object.assign(c, { status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.', lastTransitionTime: now });
        else if (type === 'Ready') n.status.conditions.push({ type, status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.', lastTransitionTime: now });
      }
      // NoSchedule taint at once (not rate-limited)
      addTaint(n, { key: TaintUnreachable, effect: 'NoSchedule', timeAdded: now });
    });
    this.store.recordEvent(node, 'Normal', 'NodeNotReady', `Node ${name} status is now: NodeNotReady`, 'node-controller', undefined, { bare: true });
    // MarkPodsNotReady: the pod's own Ready condition with status False (reason and message kept);
    // a pod already not ready (or finished) is left alone, without an event.
    for (const pod of [...this.store.podsOnNodeNamed(name)]) {
      const ready = pod.status.conditions?.find((c) => c.type === 'Ready');
      if (!ready || ready.status === 'False') continue;
      this.store.update(pod, () => {
        ready.status = 'False';
        ready.lastTransitionTime = now;
      });
      this.store.recordEvent(pod, 'Warning', 'NodeNotReady', 'Node is not ready', 'node-controller');
    }
    // processTaintBaseEviction reads the condition observed before this pass changed it (still
    // True): the node is queued for its NoExecute taint by the next pass, if still Unknown (in
    // master disruption mode its zone's limiter accepts nothing: the exit queues it)
    s.timer = this.kernel.after(NodeMonitorPeriodMs, Lane.Cluster, () => {
      s.timer = null;
      if (s.downAtMs !== null && !this.masterDisruption) this.queueNoExecuteTaint(name);
    });
    this.planHandleDisruption();
  }

  /**
   * monitorNodeHealth ends every pass with handleDisruption over the nodes it listed. The zone
   * states change only when a node's Ready condition does or a node goes, so it runs at those
   * passes, once, after the pass's node updates (same-instant work of this lane queued before).
   */
  private planHandleDisruption(): void {
    if (this.disruptionPass !== null) return;
    this.disruptionPass = this.kernel.after(0, Lane.Cluster, () => {
      this.disruptionPass = null;
      if (!this.down) this.handleDisruption();
    });
  }

  /** handleDisruption: the decision is decideDisruption's; entering and exiting act on the nodes. */
  private handleDisruption(): void {
    const { action, next } = decideDisruption(this.zoneStates, zoneStatesOf(this.store.list('Node')));
    this.zoneStates = next;
    if (action === 'enter') this.enterMasterDisruption();
    else if (action === 'exit') this.exitMasterDisruption();
  }

  /**
   * The NoExecute taint goes through the zone's rate-limited queue (RateLimitedTimedQueue, a token
   * bucket of burst 1 refilled at 0.1/s): the head of the queue takes the next token; a node leaves
   * the queue before that only when a pass marks it reachable.
   */
  private queueNoExecuteTaint(name: string): void {
    const node = this.store.get('Node', '', name);
    if (!node) return;
    const zone = zoneKey(node);
    let q = this.zoneQueues.get(zone);
    if (!q) this.zoneQueues.set(zone, (q = { waiting: [], nextTokenMs: -Infinity, timer: null }));
    if (!q.waiting.includes(name)) q.waiting.push(name);
    this.pumpZone(q);
  }

  /** Plans the zone's next taint, for its head, when the next token comes (one plan at a time). */
  private pumpZone(q: ZoneQueue): void {
    if (q.timer !== null || q.waiting.length === 0) return;
    q.timer = this.kernel.at(Math.max(this.kernel.now, q.nextTokenMs), Lane.Cluster, () => {
      q.timer = null;
      const name = q.waiting.shift();
      if (name === undefined) return;
      // TryAccept takes the token for the head whatever becomes of it: a node Ready again ("it's
      // ready now. Ignoring taint request") or gone (NotFound) leaves the queue without a taint
      q.nextTokenMs = this.kernel.now + NodeEvictionIntervalMs;
      const n = this.store.get('Node', '', name);
      if (n && n.status.conditions.find((c) => c.type === 'Ready')?.status === 'Unknown' && !this.masterDisruption) {
        this.store.update(n, (x) => addTaint(x, { key: TaintUnreachable, effect: 'NoExecute', timeAdded: this.store.nowIso }));
        this.taintsChanged(n);
      }
      this.pumpZone(q);
    });
  }

  private dequeueNoExecuteTaint(name: string): void {
    for (const q of this.zoneQueues.values()) {
      const i = q.waiting.indexOf(name);
      if (i < 0) continue;
      q.waiting.splice(i, 1);
      if (q.waiting.length === 0) {
        this.kernel.cancel(q.timer);
        q.timer = null;
      }
    }
  }

  /** The tainting queues stop: nothing waits, and the next token of each zone is as given (or at once). */
  private resetZoneQueues(nextTokenMs: number): void {
    for (const q of this.zoneQueues.values()) this.kernel.cancel(q.timer);
    this.zoneQueues.clear();
    for (const node of this.store.list('Node')) {
      const zone = zoneKey(node);
      if (!this.zoneQueues.has(zone)) this.zoneQueues.set(zone, { waiting: [], nextTokenMs, timer: null });
    }
  }

  /**
   * handleDisruption, all zones fully disrupted ("Entering master disruption mode"): the problem
   * is more likely the control plane's than the nodes', so every node is marked reachable
   * (its NoExecute taints go, which cancels pending evictions) and the tainting queues stop.
   */
  private enterMasterDisruption(): void {
    // health monitoring goes on: a silent node still goes Unknown at its pass (its timer is kept)
    this.masterDisruption = true;
    this.resetZoneQueues(-Infinity);
    for (const node of [...this.store.list('Node')]) this.removeTaints(node.metadata.name, ['NoExecute']);
  }

  /**
   * "Exiting master disruption mode" (also taken when the zones were all FullDisruption without
   * the mode, a zone having been dropped): every node's probe timestamp is set to now, so a node
   * gone silent but not yet Unknown gets the full grace period from this pass; coming out of the
   * mode, the nodes still not Ready are queued for tainting again.
   */
  private exitMasterDisruption(): void {
    const now = this.kernel.now;
    for (const node of this.store.list('Node')) {
      const s = this.state.get(node.metadata.name);
      const ready = node.status.conditions.find((c) => c.type === 'Ready')?.status;
      if (s && s.downAtMs !== null && ready !== 'Unknown') this.planUnknown(node.metadata.name, s, now);
    }
    if (!this.masterDisruption) return; // the limiters were not stopped: SwapLimiter keeps them
    this.masterDisruption = false;
    // SwapLimiter back to 0.1/s from the limiter that accepted nothing: the new bucket starts
    // drained, so each zone's first taint waits one interval
    this.resetZoneQueues(now + NodeEvictionIntervalMs);
    for (const node of this.store.list('Node')) {
      const s = this.state.get(node.metadata.name);
      const ready = node.status.conditions.find((c) => c.type === 'Ready');
      if (s && s.downAtMs !== null && ready?.status === 'Unknown' && s.timer === null) this.queueNoExecuteTaint(node.metadata.name);
    }
  }

  /**
   * A node added with taints this controller owns that its conditions do not justify (a pool
   * declaring node.kubernetes.io/unreachable on a Ready node, say): doNoScheduleTaintingPass drops
   * such NoSchedule taints when the node is added, and the first monitor pass that sees it Ready
   * marks it reachable (markNodeAsReachable: no unreachable or not-ready NoExecute taint).
   */
  private reconcileOwnedTaints(name: string): void {
    const node = this.store.get('Node', '', name);
    if (!node) return;
    const status = (type: string) => node.status.conditions.find((c) => c.type === type)?.status ?? '';
    const ready = status('Ready') === 'True';
    const drop = (t: Taint) => {
      if (t.key === TaintUnschedulable) return t.effect === 'NoSchedule' && !node.spec.unschedulable;
      const owned = conditionTaints.get(t.key);
      if (owned === undefined) return false;
      if (t.effect === 'NoExecute') return ready && (t.key === TaintUnreachable || t.key === TaintNotReady);
      return t.effect === 'NoSchedule' && !owned[1].includes(status(owned[0]));
    };
    if (!(node.spec.taints ?? []).some(drop)) return;
    this.store.update(node, (n) => {
      n.spec.taints = (n.spec.taints ?? []).filter((t) => !drop(t));
      if (n.spec.taints.length === 0) delete n.spec.taints;
    });
    this.taintsChanged(node);
  }

  /** doNoScheduleTaintingPass for spec.unschedulable: the NoSchedule taint added (timeAdded now) or removed to match. */
  private syncUnschedulableTaint(name: string): void {
    const node = this.store.get('Node', '', name);
    if (!node || (node.spec.unschedulable === true) === hasUnschedulableTaint(node)) return;
    const now = this.store.nowIso;
    this.store.update(node, (n) => {
      if (n.spec.unschedulable) addTaint(n, { key: TaintUnschedulable, effect: 'NoSchedule', timeAdded: now });
      else {
        n.spec.taints = (n.spec.taints ?? []).filter((t) => !(t.key === TaintUnschedulable && t.effect === 'NoSchedule'));
        if (n.spec.taints.length === 0) delete n.spec.taints;
      }
    });
  }

  /** Removes the node's unreachable and not-ready taints (of the given effects only, if given). */
  private removeTaints(name: string, effects?: Taint['effect'][]): void {
    const node = this.store.get('Node', '', name);
    if (!node) return;
    const drop = (t: Taint) => (t.key === TaintUnreachable || t.key === TaintNotReady) && (effects === undefined || effects.includes(t.effect));
    if (!(node.spec.taints ?? []).some(drop)) return;
    this.store.update(node, (n) => {
      n.spec.taints = (n.spec.taints ?? []).filter((t) => !drop(t));
      if (n.spec.taints.length === 0) delete n.spec.taints;
    });
    this.taintsChanged(node);
  }

  /** Taint manager: (re)plan evictions for every pod on the node. */
  private taintsChanged(node: Node): void {
    const noExecute = (node.spec.taints ?? []).filter((t) => t.effect === 'NoExecute');
    // every pod on the node, finished ones too (processPodOnNode does not look at the phase)
    for (const pod of [...this.store.podsOnNodeNamed(node.metadata.name)]) {
      if (noExecute.length === 0) {
        this.cancelEviction(pod, true);
        continue;
      }
      const delay = evictionDelayMs(pod, noExecute);
      if (delay === null) {
        this.cancelEviction(pod, true);
        continue;
      }
      if (hasUntoleratedTaint(pod, noExecute)) {
        // processPodOnNode, not all tolerated: any plan is cancelled (with its event) and the
        // pod evicted now, even one evicted before (CancelWork drops the finished work's key)
        this.cancelEviction(pod, true);
      } else if (this.evictions.has(pod.metadata.uid) || this.evicted.has(pod.metadata.uid)) continue; // an earlier plan is kept unchanged
      const t = this.kernel.after(delay, Lane.Cluster, () => this.evict(pod));
      this.evictions.set(pod.metadata.uid, t);
    }
  }

  /** handlePodUpdate → processPodOnNode: a pod bound to a node that has NoExecute taints already. */
  private podOnNode(pod: Pod, nodeName: string): void {
    const taints = this.store.get('Node', '', nodeName)?.spec.taints;
    if (!taints || taints.length === 0) return;
    const noExecute = taints.filter((t) => t.effect === 'NoExecute');
    if (noExecute.length === 0) return;
    const delay = evictionDelayMs(pod, noExecute);
    if (delay === null) return;
    const t = this.kernel.after(delay, Lane.Cluster, () => this.evict(pod));
    this.evictions.set(pod.metadata.uid, t);
  }

  private cancelEviction(pod: Pod, withEvent: boolean): void {
    this.evicted.delete(pod.metadata.uid);
    const t = this.evictions.get(pod.metadata.uid);
    if (!t) return;
    this.kernel.cancel(t);
    this.evictions.delete(pod.metadata.uid);
    if (withEvent) this.store.recordEvent(pod, 'Normal', 'TaintManagerEviction', `Cancelling deletion of Pod ${pod.metadata.namespace}/${pod.metadata.name}`, 'taint-eviction-controller', undefined, { bare: true });
  }

  private evict(pod: Pod): void {
    this.evictions.delete(pod.metadata.uid);
    this.evicted.add(pod.metadata.uid);
    // a pod already terminating is evicted too: it gets the condition; the DELETE changes nothing
    if (!this.store.isLive(pod)) return;
    this.store.recordEvent(pod, 'Normal', 'TaintManagerEviction', `Marking for deletion Pod ${pod.metadata.namespace}/${pod.metadata.name}`, 'taint-eviction-controller', undefined, { bare: true });
    const now = this.store.nowIso;
    this.store.update(pod, (p) => setPodCond(p, 'DisruptionTarget', 'True', now, 'DeletionByTaintManager', 'Taint manager: deleting due to NoExecute taint'));
    this.store.delete(pod);
  }

  /**
   * The controller manager stops (controllerDown: all): its passes and planned evictions stop with
   * it. On its return it is a new process: it first sees every node at that pass (a silent kubelet
   * gets the full grace period from then), queues untainted Unknown nodes for their NoExecute
   * taint, removes the taints of nodes that are Ready again, and plans every eviction anew from
   * the return (processPodOnNode with now).
   */
  setControllerManagerDown(down: boolean): void {
    if (this.down === down) return;
    this.down = down;
    if (down) {
      for (const s of this.state.values()) {
        this.kernel.cancel(s.timer);
        this.kernel.cancel(s.reachTimer);
        s.timer = null;
        s.reachTimer = null;
      }
      for (const t of this.evictions.values()) this.kernel.cancel(t);
      this.evictions.clear();
      this.evicted.clear();
      this.resetZoneQueues(-Infinity);
      return;
    }
    this.originMs = this.kernel.now;
    this.masterDisruption = false;
    this.zoneStates = new Map();
    // monitorNodeHealth's first pass: every node is new to this process (classifyNodes' added):
    // RegisteredNode, and markNodeAsReachable, whose NoExecute taints go even if it is still down
    for (const node of [...this.store.list('Node')]) {
      const name = node.metadata.name;
      this.store.recordEvent(node, 'Normal', 'RegisteredNode', `Node ${name} event: Registered Node ${name} in Controller`, 'node-controller', undefined, { bare: true });
      this.removeTaints(name, ['NoExecute']);
    }
    for (const node of [...this.store.list('Node')]) {
      const name = node.metadata.name;
      this.syncUnschedulableTaint(name);
      const s = this.st(name);
      const ready = node.status.conditions.find((c) => c.type === 'Ready')?.status;
      if (s.downAtMs === null) {
        if (ready === 'True') this.removeTaints(name);
        continue;
      }
      // processTaintBaseEviction: an Unknown node goes through its zone's new limiter again
      if (ready !== 'Unknown') this.planUnknown(name, s);
      else this.queueNoExecuteTaint(name);
    }
    this.handleDisruption();
    for (const node of this.store.list('Node')) if (node.spec.taints?.some((t) => t.effect === 'NoExecute')) this.taintsChanged(node);
  }

  isDown(name: string): boolean {
    return (this.state.get(name)?.downAtMs ?? null) !== null;
  }
}

/** handleDisruption's zone states; PartialDisruption, whose rates are not modelled, counts as Normal */
export type ZoneState = 'Initial' | 'Normal' | 'FullDisruption';

/** ComputeZoneState: a zone is FullDisruption when none of its nodes is Ready. */
export function computeZoneState(readyStatuses: readonly string[]): ZoneState {
  return readyStatuses.length > 0 && !readyStatuses.includes('True') ? 'FullDisruption' : 'Normal';
}

/**
 * monitorNodeHealth's zoneToNodeConditions, as states: the Ready condition of each node by zone
 * (GetZoneKey), nodes labelled node.kubernetes.io/exclude-disruption left out
 * (isNodeExcludedFromDisruptionChecks): a zone of excluded nodes only has no state.
 */
export function zoneStatesOf(nodes: Iterable<Node>): Map<string, ZoneState> {
  const ready = new Map<string, string[]>();
  for (const n of nodes) {
    if (n.metadata.labels?.['node.kubernetes.io/exclude-disruption'] !== undefined) continue;
    const zone = zoneKey(n);
    let list = ready.get(zone);
    if (!list) ready.set(zone, (list = []));
    list.push(n.status.conditions.find((c) => c.type === 'Ready')?.status ?? 'Unknown');
  }
  return new Map([...ready].map(([zone, statuses]) => [zone, computeZoneState(statuses)]));
}

/**
 * handleDisruption's decision, from the zone states of the previous pass and this one's. Master
 * disruption mode is entered when every zone is FullDisruption and some was not at the previous
 * pass (a zone seen for the first time counts as Initial); it is left when some zone is not
 * FullDisruption and all were. Zones without a counted node are dropped and take no part, so
 * with no zone at all (every node excluded) nothing changes.
 */
export function decideDisruption(prev: ReadonlyMap<string, ZoneState>, current: ReadonlyMap<string, ZoneState>): { action: 'none' | 'enter' | 'exit'; next: Map<string, ZoneState> } {
  const allAreFullyDisrupted = [...current.values()].every((v) => v === 'FullDisruption');
  const kept = new Map<string, ZoneState>();
  for (const [zone, state] of prev) if (current.has(zone)) kept.set(zone, state);
  for (const zone of current.keys()) if (!kept.has(zone)) kept.set(zone, 'Initial');
  // (upstream's loop stops dropping zones at the first that was not FullDisruption: a zone it
  // keeps has no node, so it is dropped at a later pass and never changes a decision)
  const allWasFullyDisrupted = [...kept.values()].every((v) => v === 'FullDisruption');
  if (allAreFullyDisrupted && allWasFullyDisrupted) return { action: 'none', next: kept };
  if (allAreFullyDisrupted) return { action: 'enter', next: new Map([...kept.keys()].map((z) => [z, 'FullDisruption'])) };
  return { action: allWasFullyDisrupted ? 'exit' : 'none', next: new Map(current) };
}

interface ZoneQueue {
  /** nodes waiting for their NoExecute taint, in the order queued */
  waiting: string[];
  /** when the zone's bucket has a token again (burst 1: one taint, then 10s) */
  nextTokenMs: number;
  timer: Timer | null;
}


function hasUnschedulableTaint(node: Node): boolean {
  return (node.spec.taints ?? []).some((t) => t.key === TaintUnschedulable && t.effect === 'NoSchedule');
}

function addTaint(n: Node, t: Taint): void {
  const taints = (n.spec.taints ??= []);
  if (!taints.some((x) => x.key === t.key && x.effect === t.effect)) taints.push(t);
}

export function formatMs(ms: number): string {
  return isoSeconds(ms);
}
