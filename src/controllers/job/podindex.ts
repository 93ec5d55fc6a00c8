// The Job controller's view of one Job's pods, kept up to date by its pod watch. Upstream lists
// every pod of the Job on each sync and classifies it; here the classification is made once per
// pod change, when the pod has just been written, so that a sync reads counts and short lists
// instead of visiting every running pod again (the pods' fields are what a sync used to spend its
// time loading). A sync still sees exactly what upstream's listing would show it.

import type { Pod } from '../../api/types.ts';
import { JobTrackingFinalizer } from '../../api/types.ts';
import { Slot } from '../../core/slot.ts';
import { isPodReady } from './pods.ts';

/** Where one of the Job's pods stands, as syncJob classifies it. */
export type PodClass =
  /** finished and counted (terminal without the tracking finalizer), or deleted: no sync needs it */
  | 'done'
  /** not terminal and not being deleted */
  | 'active'
  /** terminal with the tracking finalizer (still to count), or being deleted */
  | 'other';

export function classifyPod(pod: Pod, deleted: boolean): PodClass {
  if (deleted) return 'done';
  const terminal = pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed';
  if (terminal && !pod.metadata.finalizers?.includes(JobTrackingFinalizer)) return 'done';
  if (!terminal && pod.metadata.deletionTimestamp === undefined) return 'active';
  return 'other';
}

/** What a sync reads: every open pod in creation order, the active ones, the others, and how many active pods are Ready. */
export interface JobPodsSnapshot {
  readonly pods: Pod[];
  readonly active: Pod[];
  readonly others: Pod[];
  readonly ready: number;
  /** done pods still there that failed after the Job let them go (see untrackedWhileRunning), or changed after they were counted */
  readonly lateFailed: readonly Pod[];
}

/**
 * Set on a pod the Job controller stopped tracking before it ended (deleted by a suspension, a
 * scale-down, or counted failed while terminating). Such a pod is done for the counters, but if it
 * ends Failed and stays (a finalizer of its own holds it), upstream's syncs, which list every pod,
 * still read it when they look for a FailJob match (getFailJobMessage).
 */
export const untrackedWhileRunning = new Slot<boolean>('jobsim.untrackedWhileRunning');

const NoPods: readonly Pod[] = Object.freeze([]);

const ActiveUnready = 1;
const ActiveReady = 2;
const Other = 3;
const Done = 4;

/** a pod's position in its Job's index (the pod's own field: no lookup keyed by pod) */
const positionOf = new Slot<number>('jobsim.jobPodIndexPosition');

/**
 * The open pods as an array in creation order with their classes beside them. A pod that is done
 * leaves a hole, and the holes are squeezed out once they are half the array, so a change costs
 * O(1) amortised and a snapshot reads the classes without reading the pods or hashing anything.
 */
export class JobPodIndex {
  private list: Pod[] = [];
  private classes: number[] = [];
  private live = 0;
  private holes = 0;
  private readyCount = 0;
  private otherCount = 0;
  private late: Pod[] | undefined;

  get size(): number {
    return this.live;
  }

  /** Records a pod's change (an informer event); returns its class. */
  observe(pod: Pod, deleted: boolean): PodClass {
    return this.record(pod, classifyPod(pod, deleted));
  }

  /** Records a pod's change already classified by classifyPod. */
  record(pod: Pod, c: PodClass): PodClass {
    let pos = positionOf.get(pod);
    if (pos !== undefined && this.list[pos] !== pod) pos = undefined;
    const was = pos === undefined ? Done : this.classes[pos]!;
    const now = c === 'done' ? Done : c === 'other' ? Other : isPodReady(pod) ? ActiveReady : ActiveUnready;
    if (was === now) return c;
    if (was === ActiveReady) this.readyCount--;
    if (now === ActiveReady) this.readyCount++;
    if (was === Other) this.otherCount--;
    if (now === Other) this.otherCount++;
    if (pos === undefined) {
      // a pod the index has not seen open (done pods never reopen: terminal stays terminal)
      positionOf.set(pod, this.list.length);
      this.list.push(pod);
      this.classes.push(now);
      this.live++;
      return c;
    }
    this.classes[pos] = now;
    if (now === Done) {
      this.live--;
      this.holes++;
      if (this.holes > 16 && this.holes * 2 > this.list.length) this.compact();
    }
    return c;
  }

  private compact(): void {
    const list: Pod[] = [];
    const classes: number[] = [];
    for (let i = 0; i < this.list.length; i++) {
      const k = this.classes[i]!;
      if (k === Done) continue;
      positionOf.set(this.list[i]!, list.length);
      list.push(this.list[i]!);
      classes.push(k);
    }
    this.list = list;
    this.classes = classes;
    this.holes = 0;
  }

  /** Whether the index holds the pod as open (active or other) now. */
  isOpen(pod: Pod): boolean {
    const pos = positionOf.get(pod);
    return pos !== undefined && this.list[pos] === pod && this.classes[pos] !== Done;
  }

  /** A pod let go while running was seen Failed (kept by a finalizer of its own), or went away. */
  lateFailure(pod: Pod, deleted: boolean): void {
    if (deleted) {
      untrackedWhileRunning.set(pod, undefined);
      const i = this.late?.indexOf(pod) ?? -1;
      if (i >= 0) this.late!.splice(i, 1);
    } else if (pod.status.phase === 'Failed' && !this.late?.includes(pod)) (this.late ??= []).push(pod);
  }

  /** Whether a done pod is among those a sync reads for a FailJob match. */
  isLate(pod: Pod): boolean {
    return this.late?.includes(pod) ?? false;
  }

  /** The open pods, in creation order (pod references only: no pod is read). */
  pods(): Pod[] {
    const out: Pod[] = [];
    for (let i = 0; i < this.list.length; i++) if (this.classes[i] !== Done) out.push(this.list[i]!);
    return out;
  }

  /** What a sync reads, as of now: later changes to the index do not show in it. */
  snapshot(): JobPodsSnapshot {
    // arrays of the exact size, filled in place: no growth while filling
    const pods: Pod[] = new Array<Pod>(this.live);
    const active: Pod[] = new Array<Pod>(this.live - this.otherCount);
    const others: Pod[] = new Array<Pod>(this.otherCount);
    let n = 0;
    let a = 0;
    let o = 0;
    for (let i = 0; i < this.list.length; i++) {
      const k = this.classes[i]!;
      if (k === Done) continue;
      const p = this.list[i]!;
      pods[n++] = p;
      if (k === Other) others[o++] = p;
      else active[a++] = p;
    }
    return { pods, active, others, ready: this.readyCount, lateFailed: this.late?.length ? this.late.slice() : NoPods };
  }
}
