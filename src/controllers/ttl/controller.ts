// TTL-after-finished controller (pkg/controller/ttlafterfinished): deletes a finished Job
// `ttlSecondsAfterFinished` after its Complete/Failed condition, with foreground propagation,
// after re-checking a fresh copy.

import { keyOf } from '../../api/meta.ts';
import type { Job } from '../../api/types.ts';
import type { Store } from '../../apiserver/store.ts';
import type { Kernel } from '../../core/kernel.ts';
import { parseTime } from '../../core/time.ts';
import { WorkQueue } from '../runner.ts';
import type { Reconciler, SyncResult } from '../runner.ts';

/** Finish time: lastTransitionTime of the first Complete=True or Failed=True condition. */
export function jobFinishTimeMs(job: Job): number | null {
  for (const c of job.status.conditions ?? []) {
    if ((c.type === 'Complete' || c.type === 'Failed') && c.status === 'True') return parseTime(c.lastTransitionTime);
  }
  return null;
}

/** needsCleanup: TTL set, finished, not already being deleted. */
export function needsCleanup(job: Job): boolean {
  return job.spec.ttlSecondsAfterFinished !== undefined && job.metadata.deletionTimestamp === undefined && jobFinishTimeMs(job) !== null;
}

/** Time left before the Job expires (<= 0: expired). */
export function timeLeftMs(job: Job, nowMs: number): number | null {
  const finish = jobFinishTimeMs(job);
  if (finish === null || job.spec.ttlSecondsAfterFinished === undefined) return null;
  return finish + job.spec.ttlSecondsAfterFinished * 1000 - nowMs;
}

export class TtlAfterFinishedController implements Reconciler {
  readonly name = 'ttl-after-finished-controller';
  readonly queue: WorkQueue;

  constructor(
    private readonly kernel: Kernel,
    private readonly store: Store,
  ) {
    this.queue = new WorkQueue(kernel, this, { baseMs: 5, maxMs: 1_000_000 });
    store.watch('Job', (type, job) => {
      if (type !== 'DELETED' && needsCleanup(job)) this.queue.add(keyOf(job));
    });
  }

  resync(): void {
    for (const job of this.store.list('Job')) if (needsCleanup(job)) this.queue.add(keyOf(job));
  }

  sync(key: string): SyncResult | void {
    const job = this.store.getByKey('Job', key);
    if (!job || !needsCleanup(job)) return;
    const left = timeLeftMs(job, this.kernel.now)!;
    if (left > 0) return { requeueAfterMs: left };
    // processTTL re-reads a fresh copy from the API server; our store is that copy.
    this.store.delete(job, { propagationPolicy: 'Foreground', uid: job.metadata.uid });
  }
}
