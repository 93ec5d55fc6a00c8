// Pod GC controller (pkg/controller/podgc): every 20s it force-deletes pods bound to nodes that no
// longer exist (after a 40s quarantine, marking them Failed with DisruptionTarget DeletionByPodGC
// first), and deletes the oldest terminated pods beyond --terminated-pod-gc-threshold (12500).
// Passes are scheduled only when there is something for them to do.

import type { Pod } from '../../api/types.ts';
import type { Store } from '../../apiserver/store.ts';
import type { Kernel, Timer } from '../../core/kernel.ts';
import { Lane } from '../../core/kernel.ts';
import { parseTime } from '../../core/time.ts';
import { setCond } from '../../api/meta.ts';

export const PodGcPeriodMs = 20_000;
export const QuarantineMs = 40_000;
export const TerminatedPodGcThreshold = 12_500;

/** The first gc pass (every 20s from t=0) at or after `ms`. */
export function gcPassAtOrAfter(ms: number, originMs: number): number {
  return originMs + Math.ceil((ms - originMs) / PodGcPeriodMs) * PodGcPeriodMs;
}

export class PodGcController {
  private terminal = new Set<Pod>();
  private pass: Timer | null = null;
  /** node name → first pass that saw it missing */
  private missingSince = new Map<string, number>();

  constructor(
    private readonly kernel: Kernel,
    private readonly store: Store,
    private readonly threshold = TerminatedPodGcThreshold,
  ) {
    store.watch('Pod', (type, pod) => {
      const terminal = pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed';
      if (type === 'DELETED' || !terminal) this.terminal.delete(pod);
      else if (!this.terminal.has(pod)) {
        this.terminal.add(pod);
        if (this.threshold > 0 && this.terminal.size > this.threshold) this.schedulePass();
      }
    });
    store.watch('Node', (type, node) => {
      if (type !== 'DELETED') return;
      for (const _p of store.podsOnNodeNamed(node.metadata.name)) {
        this.missingSince.set(node.metadata.name, gcPassAtOrAfter(kernel.now, kernel.startMs));
        this.schedulePass();
        break;
      }
    });
  }

  private schedulePass(at?: number): void {
    const when = at ?? gcPassAtOrAfter(this.kernel.now + 1, this.kernel.startMs);
    if (this.pass && !this.pass.cancelled && this.pass.timeMs <= when) return;
    this.kernel.cancel(this.pass);
    this.pass = this.kernel.at(when, Lane.Controller, () => {
      this.pass = null;
      this.gc();
    });
  }

  private gc(): void {
    const now = this.kernel.now;
    // gcTerminated: oldest first, evicted ones before the others
    if (this.threshold > 0 && this.terminal.size > this.threshold) {
      const excess = this.terminal.size - this.threshold;
      // byEvictionAndCreationTimestamp: evicted first, then the oldest creation (second
      // precision), then the name. One packed float per pod, sorted natively:
      // group (= [evicted? 0 : 2^29] + creationSecond) · 2^21 + position; the pods up to the
      // cut's group are then ordered by group and name.
      const pods = [...this.terminal];
      if (pods.length >= 2 ** 21) throw new Error(`pod GC: ${pods.length} terminated pods exceed the ${2 ** 21} this simulator sorts (a limit, reported)`);
      const keys = new Float64Array(pods.length);
      for (let i = 0; i < pods.length; i++) {
        const p = pods[i]!;
        const sec = Math.max(0, Math.floor((parseTime(p.metadata.creationTimestamp) - this.kernel.startMs) / 1000));
        keys[i] = ((p.status.reason === 'Evicted' ? 0 : 2 ** 29) + sec) * 2 ** 21 + i;
      }
      keys.sort();
      const groupOf = (key: number) => Math.floor(key / 2 ** 21);
      const cut = groupOf(keys[excess - 1]!);
      const upToCut: Array<{ pod: Pod; group: number }> = [];
      for (let j = 0; j < keys.length && groupOf(keys[j]!) <= cut; j++) upToCut.push({ pod: pods[keys[j]! % 2 ** 21]!, group: groupOf(keys[j]!) });
      upToCut.sort((a, b) => a.group - b.group || (a.pod.metadata.name < b.pod.metadata.name ? -1 : a.pod.metadata.name > b.pod.metadata.name ? 1 : 0));
      const victims = upToCut.slice(0, excess).map((x) => x.pod);
      for (const p of victims) this.store.delete(p, { gracePeriodSeconds: 0 });
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
            setCond((x.status.conditions ??= []), 'DisruptionTarget', 'True', ts, 'DeletionByPodGC', 'PodGC: node no longer exists');
          });
        }
        this.store.delete(p, { gracePeriodSeconds: 0 });
      }
    }
    if (pending) this.schedulePass();
  }
}
