// The Job controller's view of one Job's pods, kept up to date by its pod watch. Upstream lists
// every pod of the Job on each sync and classifies it; here the classification is made once per
// pod change, when the pod has just been written, so that a sync reads counts and short lists
// instead of visiting every running pod again (the pods' fields are what a sync used to spend its
// time loading). A sync still sees exactly what upstream's listing would show it.

import type { Pod } from '../../api/types.ts';
import { JobTrackingFinalizer } from '../../api/types.ts';
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
  pods: Pod[];
  active: Pod[];
  others: Pod[];
  ready: number;
}

export class JobPodIndex {
  private seq = 0;
  /** every pod that is not done, with its creation sequence (the listing order) */
  private readonly open = new Map<Pod, number>();
  private readonly active = new Set<Pod>();
  private readonly others = new Set<Pod>();
  /** the active pods that are Ready */
  private readonly ready = new Set<Pod>();

  get size(): number {
    return this.open.size;
  }

  /** Records a pod's change (an informer event); returns its class. */
  observe(pod: Pod, deleted: boolean): PodClass {
    return this.record(pod, classifyPod(pod, deleted));
  }

  /** Records a pod's change already classified by classifyPod. */
  record(pod: Pod, c: PodClass): PodClass {
    if (c === 'done') {
      if (this.open.delete(pod)) {
        this.active.delete(pod);
        this.others.delete(pod);
        this.ready.delete(pod);
      }
      return c;
    }
    if (!this.open.has(pod)) this.open.set(pod, this.seq++);
    if (c === 'active') {
      this.active.add(pod);
      if (isPodReady(pod)) this.ready.add(pod);
      else this.ready.delete(pod);
    } else {
      // a pod never returns to active once terminal or being deleted
      this.active.delete(pod);
      this.ready.delete(pod);
      this.others.add(pod);
    }
    return c;
  }

  /** The open pods, in creation order (pod references only: no pod is read). */
  pods(): Pod[] {
    return [...this.open.keys()];
  }

  snapshot(): JobPodsSnapshot {
    const others = [...this.others];
    if (others.length > 1) others.sort((a, b) => this.open.get(a)! - this.open.get(b)!);
    return { pods: this.pods(), active: [...this.active], others, ready: this.ready.size };
  }
}
