// Pod GC controller (pkg/controller/podgc): every 20s it force-deletes pods bound to nodes that no
// longer exist (after a 40s quarantine, marking them Failed with DisruptionTarget DeletionByPodGC
// first), and deletes the oldest terminated pods beyond --terminated-pod-gc-threshold (12500);
// terminating pods that were never bound, or whose not-Ready node is out of service, are marked
// Failed and force-deleted.
// Passes are scheduled only when there is something for them to do.

import type { Node, Pod } from '../../api/types.ts';
import type { Store } from '../../apiserver/store.ts';
import type { Kernel, Timer } from '../../core/kernel.ts';
import { Lane } from '../../core/kernel.ts';
import { parseTime } from '../../core/time.ts';
import { setPodCond } from '../../api/meta.ts';
import { Slot, SlotList } from '../../core/slot.ts';

export const PodGcPeriodMs = 20_000;
export const QuarantineMs = 40_000;
export const TerminatedPodGcThreshold = 12_500;

/** The first gc pass (every 20s from t=0) at or after `ms`. */
export function gcPassAtOrAfter(ms: number, originMs: number): number {
  return originMs + Math.ceil((ms - originMs) / PodGcPeriodMs) * PodGcPeriodMs;
}

/** a terminated pod's sort group, and its position in the group (the pod's own slots) */
const groupOf = new Slot<number>('jobsim.podgcGroup');
const groupPosition = new Slot<number>('jobsim.podgcGroupPosition');
const unscheduledPosition = new Slot<number>('jobsim.podgcUnscheduledPosition');

export class PodGcController {
  /**
   * Terminated pods grouped by their sort group (evicted first, then the creation second), so that
   * a pass reads only the oldest groups instead of sorting every terminated pod.
   */
  private groups = new Map<number, SlotList<Pod>>();
  /** how many terminated pods the groups hold */
  private terminated = 0;
  private pass: Timer | null = null;
  /** pods being deleted that were never bound and are not terminal, in the order they were seen */
  private unscheduledTerminating = new SlotList<Pod>(unscheduledPosition);
  /** node name → first pass that saw it missing */
  private missingSince = new Map<string, number>();
  /** the controller manager is down (controllerDown: all): no passes until it is back */
  private down = false;
  /** when the controller (re)started: its passes run every 20s from then */
  private originMs: number;

  constructor(
    private readonly kernel: Kernel,
    private readonly store: Store,
    private readonly threshold = TerminatedPodGcThreshold,
  ) {
    this.originMs = kernel.startMs;
    store.watch('Pod', (type, pod) => {
      const terminal = pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed';
      // gcUnscheduledTerminating's pods: being deleted, never bound (kept by a finalizer)
      if (type === 'DELETED' || terminal) this.unscheduledTerminating.delete(pod);
      else if (pod.metadata.deletionTimestamp !== undefined && !pod.spec.nodeName && this.unscheduledTerminating.add(pod)) this.schedulePass();
      if (type !== 'DELETED' && !terminal && pod.metadata.deletionTimestamp !== undefined && pod.spec.nodeName) {
        const node = store.get('Node', '', pod.spec.nodeName);
        if (node && outOfService(node)) this.schedulePass();
      }
      // gcOrphaned lists every pod: one created bound to a node that does not exist (deleted, or
      // never there) starts that node's quarantine at the next pass, unless it is running already
      if (type === 'ADDED' && pod.spec.nodeName && !this.missingSince.has(pod.spec.nodeName) && !store.get('Node', '', pod.spec.nodeName)) {
        this.missingSince.set(pod.spec.nodeName, gcPassAtOrAfter(kernel.now, this.originMs));
        this.schedulePass();
      }
      if (type === 'DELETED' || !terminal) this.forget(pod);
      else if (groupOf.get(pod) === undefined) {
        this.remember(pod);
        if (this.threshold > 0 && this.terminated > this.threshold) this.schedulePass();
      }
    });
    store.watch('Node', (type, node) => {
      if (type !== 'DELETED' && outOfService(node)) this.schedulePass();
      if (type !== 'DELETED') return;
      for (const _p of store.podsOnNodeNamed(node.metadata.name)) {
        this.missingSince.set(node.metadata.name, gcPassAtOrAfter(kernel.now, this.originMs));
        this.schedulePass();
        break;
      }
    });
  }

  /** byEvictionAndCreationTimestamp's first two keys: evicted (PodIsEvicted) first, then the creation second. */
  private sortGroup(pod: Pod): number {
    const sec = Math.max(0, Math.floor((parseTime(pod.metadata.creationTimestamp) - this.kernel.startMs) / 1000));
    const evicted = pod.status.phase === 'Failed' && pod.status.reason === 'Evicted';
    return (evicted ? 0 : 2 ** 40) + sec;
  }

  private remember(pod: Pod): void {
    const g = this.sortGroup(pod);
    groupOf.set(pod, g);
    let set = this.groups.get(g);
    if (!set) this.groups.set(g, (set = new SlotList<Pod>(groupPosition)));
    set.add(pod);
    this.terminated++;
  }

  private forget(pod: Pod): void {
    const g = groupOf.get(pod);
    if (g === undefined) return;
    groupOf.set(pod, undefined);
    this.terminated--;
    const set = this.groups.get(g)!;
    set.delete(pod);
    if (set.size === 0) this.groups.delete(g);
  }

  private schedulePass(at?: number): void {
    if (this.down) return; // the first pass after the return looks at everything
    const when = at ?? gcPassAtOrAfter(this.kernel.now + 1, this.originMs);
    if (this.pass && !this.pass.cancelled && this.pass.timeMs <= when) return;
    this.kernel.cancel(this.pass);
    this.pass = this.kernel.at(when, Lane.Controller, () => {
      this.pass = null;
      this.gc();
    });
  }

  /**
   * The controller manager stops and comes back (controllerDown: all). wait.Until runs the first
   * pass at the start, then every 20s; the orphaned pods' quarantine starts again from that pass.
   */
  setControllerManagerDown(down: boolean): void {
    if (this.down === down) return;
    this.down = down;
    if (down) {
      this.kernel.cancel(this.pass);
      this.pass = null;
      return;
    }
    this.originMs = this.kernel.now;
    for (const node of this.missingSince.keys()) this.missingSince.set(node, this.kernel.now);
    this.schedulePass(this.kernel.now);
  }

  private gc(): void {
    const now = this.kernel.now;
    // gcTerminated: the oldest beyond the threshold, evicted ones first; within a creation second
    // by name (byEvictionAndCreationTimestamp). Only the groups up to the cut are read and sorted.
    if (this.threshold > 0 && this.terminated > this.threshold) {
      const excess = this.terminated - this.threshold;
      const order = [...this.groups.keys()].sort((a, b) => a - b);
      const victims: Pod[] = [];
      for (let i = 0; i < order.length && victims.length < excess; i++) {
        const group = this.groups.get(order[i]!)!.values();
        group.sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
        for (let j = 0; j < group.length && victims.length < excess; j++) victims.push(group[j]!);
      }
      for (const p of victims) this.store.delete(p, { gracePeriodSeconds: 0 });
    }
    // gcTerminating: terminating pods on a node that is not Ready and carries the out-of-service
    // taint (its workloads known gone) are failed and force-deleted
    for (const node of [...this.store.list('Node')]) {
      if (!outOfService(node)) continue;
      for (const p of [...this.store.podsOnNodeNamed(node.metadata.name)]) {
        if (p.metadata.deletionTimestamp === undefined || p.status.phase === 'Succeeded' || p.status.phase === 'Failed') continue;
        this.store.update(p, (x) => (x.status.phase = 'Failed'));
        this.store.delete(p, { gracePeriodSeconds: 0 });
      }
    }
    // gcOrphaned: pods on nodes that are gone, after the quarantine
    let pending = false;
    for (const [node, since] of [...this.missingSince]) {
      if (this.store.get('Node', '', node)) {
        this.missingSince.delete(node);
        continue;
      }
      if (now < since + QuarantineMs) {
        pending = true;
        continue;
      }
      this.missingSince.delete(node);
      for (const p of [...this.store.podsOnNodeNamed(node)]) {
        if (p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed') {
          const ts = this.store.nowIso;
          this.store.update(p, (x) => {
            x.status.phase = 'Failed';
            setPodCond(x, 'DisruptionTarget', 'True', ts, 'DeletionByPodGC', 'PodGC: node no longer exists');
          });
        }
        this.store.delete(p, { gracePeriodSeconds: 0 });
      }
    }
    if (pending) this.schedulePass();
    // gcUnscheduledTerminating: a pod deleted before it was ever bound has no kubelet to finish
    // it; markFailedAndDeletePod sets phase Failed (no condition) and deletes it with grace 0
    for (const p of this.unscheduledTerminating.values()) {
      if (!this.store.isLive(p) || p.spec.nodeName) continue;
      this.store.update(p, (x) => (x.status.phase = 'Failed'));
      this.store.delete(p, { gracePeriodSeconds: 0 });
    }
  }
}

/** A node that is not Ready and carries node.kubernetes.io/out-of-service (gcTerminating's test). */
function outOfService(node: Node): boolean {
  return (node.spec.taints ?? []).some((t) => t.key === 'node.kubernetes.io/out-of-service') && node.status.conditions.find((c) => c.type === 'Ready')?.status !== 'True';
}
