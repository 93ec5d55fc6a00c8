// The Job controller's event handlers: map Job and Pod changes to Job keys, with upstream's
// timing (Job create and spec changes at once; pod changes and status updates batched by 1s).

import { controllerRefOf, keyOf } from '../../api/meta.ts';
import type { Job, Pod } from '../../api/types.ts';
import { JobTrackingFinalizer } from '../../api/types.ts';
import type { Store } from '../../apiserver/store.ts';
import type { Kernel } from '../../core/kernel.ts';
import { WorkQueue } from '../runner.ts';
import type { Reconciler, SyncResult } from '../runner.ts';
import { JobSyncer } from './sync.ts';
import { classifyPod, JobPodIndex, untrackedWhileRunning } from './podindex.ts';

/** syncJobBatchPeriod: pod updates are batched into one sync per second. */
export const SyncJobBatchPeriodMs = 1_000;

export class JobController implements Reconciler {
  readonly name = 'job-controller';
  readonly queue: WorkQueue;
  /** upstream's orphanQueue, keyed by pod uid */
  readonly orphans: WorkQueue;
  private readonly syncer: JobSyncer;
  private generations = new Map<string, number>();
  /**
   * The Job's pods that can still matter to a sync, by Job uid: all but those that are finished
   * and already counted (terminal, without the tracking finalizer), classified as they change.
   * Upstream lists every pod of the Job on each sync; skipping counted ones changes no decision.
   */
  private openPods = new Map<string, JobPodIndex>();

  constructor(
    kernel: Kernel,
    private readonly store: Store,
  ) {
    // Sync errors requeue with per-Job exponential backoff 1s..60s (DefaultJobApiBackOff, MaxJobApiBackOff).
    this.queue = new WorkQueue(kernel, this, { baseMs: 1_000, maxMs: 60_000 });
    this.syncer = new JobSyncer(kernel, store, (uid) => this.openPods.get(uid));
    this.orphans = new WorkQueue(kernel, { name: 'job-controller-orphans', sync: (uid) => this.syncOrphanPod(uid), resync: () => this.resyncOrphans() }, { baseMs: 1_000, maxMs: 60_000 });
    store.watch('Job', (type, job) => this.onJob(type, job));
    store.watch('Pod', (type, pod) => this.onPod(type, pod));
  }

  sync(key: string): SyncResult | void {
    return this.syncer.syncJob(key);
  }

  /** Controller restart: the informers list every Job, in-memory backoff records are gone. */
  resync(): void {
    this.syncer.reset();
    for (const job of this.store.list('Job')) this.queue.add(keyOf(job));
  }

  private onJob(type: string, job: Job): void {
    const key = keyOf(job);
    if (type === 'DELETED') {
      this.generations.delete(key);
      for (const pod of this.openPods.get(job.metadata.uid)?.pods() ?? []) {
        if (pod.metadata.finalizers?.includes(JobTrackingFinalizer)) this.orphans.add(pod.metadata.uid);
      }
      this.openPods.delete(job.metadata.uid);
      this.syncer.forget(key);
      this.queue.add(key);
      return;
    }
    const gen = job.metadata.generation ?? 1;
    const prev = this.generations.get(key);
    this.generations.set(key, gen);
    if (type === 'ADDED' || prev !== gen) this.queue.add(key);
    else this.queue.addAfter(key, SyncJobBatchPeriodMs);
  }

  private onPod(type: string, pod: Pod): void {
    const ref = controllerRefOf(pod);
    if (!ref) {
      // addPod/updatePod/deletePod: a pod with no ControllerRef is an orphan, and one still carrying
      // the tracking finalizer (the GC orphaned it, say) goes to the orphan queue to lose it
      if (type !== 'DELETED' && pod.metadata.finalizers?.includes(JobTrackingFinalizer)) this.orphans.add(pod.metadata.uid);
      return;
    }
    if (ref.kind !== 'Job') return;
    const cls = classifyPod(pod, type === 'DELETED');
    let open = this.openPods.get(ref.uid);
    if (!open && cls !== 'done') this.openPods.set(ref.uid, (open = new JobPodIndex()));
    const doneBefore = cls === 'done' && open !== undefined && !open.isOpen(pod);
    // an emptied index stays while its Job lives: its pods come and go all the time
    open?.record(pod, cls);
    const job = this.store.getByUid(ref.uid) as Job | undefined;
    if (cls === 'done' && open) {
      // a pod let go while running matters again once done (Failed and kept, or gone); so does a
      // failed pod counted long ago that changes while still there (a later eviction adds
      // DisruptionTarget): upstream's syncs list every pod, and a FailJob rule may match it now
      if (untrackedWhileRunning.get(pod) || open.isLate(pod)) open.lateFailure(pod, type === 'DELETED');
      else if (type === 'MODIFIED' && doneBefore && pod.status.phase === 'Failed' && job?.spec.podFailurePolicy) open.lateFailure(pod, false);
    }
    if (!job) {
      // enqueueOrphanPod: a pod whose Job is gone keeps no tracking finalizer
      this.openPods.delete(ref.uid);
      if (type !== 'DELETED' && pod.metadata.finalizers?.includes(JobTrackingFinalizer)) this.orphans.add(pod.metadata.uid);
      return;
    }
    this.queue.addAfter(keyOf(job), SyncJobBatchPeriodMs);
  }

  /**
   * Controller restart: the pod informer's initial list goes through addPod, which sends every
   * pod still tracked by a Job that is gone to the orphan queue (a Job deleted during the
   * outage leaves such pods behind), and every tracked pod with no ControllerRef at all (addPod:
   * "it's an orphan"; the GC may have orphaned it during the outage).
   */
  private resyncOrphans(): void {
    for (const pod of this.store.list('Pod')) {
      if (!pod.metadata.finalizers?.includes(JobTrackingFinalizer)) continue;
      const ref = controllerRefOf(pod);
      if (!ref || (ref.kind === 'Job' && !this.store.getByUid(ref.uid))) this.orphans.add(pod.metadata.uid);
    }
  }

  /** syncOrphanPod: remove the tracking finalizer of a pod whose controller Job no longer exists. */
  private syncOrphanPod(uid: string): void {
    const pod = this.store.getByUid(uid) as Pod | undefined;
    if (!pod || !pod.metadata.finalizers?.includes(JobTrackingFinalizer)) return;
    const ref = controllerRefOf(pod);
    if (ref && this.store.getByUid(ref.uid)) return;
    this.store.removeFinalizer(pod, JobTrackingFinalizer);
  }
}
