// Pod GC controller (pkg/controller/podgc): every 20s it force-deletes pods bound to nodes that no
// longer exist (after a 40s quarantine, marking them Failed with DisruptionTarget DeletionByPodGC
// first), and deletes the oldest terminated pods beyond --terminated-pod-gc-threshold (12500).
// Passes are scheduled only when there is something for them to do.

import type { Pod } from '../../api/types.ts';
import type { Store } from '../../apiserver/store.ts';
import type { Kernel, Timer } from '../../core/kernel.ts';
import { Lane } from '../../core/kernel.ts';
import { parseTime } from '../../core/time.ts';
import { setCond } from '../../cluster/kubelet.ts';

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
      const keyed = [...this.terminal].map((p) => ({ p, evicted: p.status.reason === 'Evicted' ? 0 : 1, created: parseTime(p.metadata.creationTimestamp) }));
      keyed.sort((a, b) => a.evicted - b.evicted || a.created - b.created || (a.p.metadata.name < b.p.metadata.name ? -1 : a.p.metadata.name > b.p.metadata.name ? 1 : 0));
      const victims = keyed.slice(0, excess).map((k) => k.p);
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
