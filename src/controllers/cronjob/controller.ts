// The CronJob controller (pkg/controller/cronjob/cronjob_controllerv2.go): handlers, sync,
// syncCronJob and cleanupFinishedJobs. The store is both the informer cache and the API server,
// so the "re-GET from the API server" branches find what the cache holds.

import { cloneJson, controllerRefOf, jsonEqual, keyOf } from '../../api/meta.ts';
import type { CronJob, Job, ObjectReference, OwnerReference } from '../../api/types.ts';
import { CronJobScheduledTimestampAnnotation } from '../../api/types.ts';
import type { Store } from '../../apiserver/store.ts';
import type { Kernel } from '../../core/kernel.ts';
import { compareTime, goSecondsMs, isoSeconds, parseTime } from '../../core/time.ts';
import { Slot } from '../../core/slot.ts';
import { WorkQueue } from '../runner.ts';
import type { Reconciler, SyncResult } from '../runner.ts';
import { formatInZone, parseSchedule } from './schedule.ts';
import type { CronSchedule } from './schedule.ts';
import { finishedStatus, getJobName, jobsToCleanUp, nextScheduleTime, nextScheduleTimeDuration } from './utils.ts';

const Component = 'cronjob-controller';
/** the controllerRef a Job is listed under in jobsByControllerName */
const indexedUnder = new Slot<OwnerReference>('jobsim.cronjob.indexedUnder');

export class CronJobController implements Reconciler {
  readonly name = 'cronjob-controller';
  readonly queue: WorkQueue;
  private lastSchedule = new Map<string, string>();
  /** Jobs by `namespace/name of their controller`: what getJobsToBeReconciled filters the Job lister for */
  private jobsByControllerName = new Map<string, Set<Job>>();
  private schedCache = new Map<string, CronSchedule | string>();

  constructor(
    private readonly kernel: Kernel,
    private readonly store: Store,
  ) {
    // workqueue.DefaultTypedControllerRateLimiter: per item 5ms doubling to 1000s, and a bucket of
    // 10 qps (burst 100) for the whole queue; processNextWorkItem forgets a key's failures only when
    // its sync asks for a requeue
    this.queue = new WorkQueue(kernel, this, { baseMs: 5, maxMs: 1_000_000, forgetOnlyOnRequeue: true, bucket: { qps: 10, burst: 100 } });
    store.watch('CronJob', (type, cj) => this.onCronJob(type, cj));
    store.watch('Job', (type, job) => {
      const before = this.indexJob(type, job);
      this.onJob(job, before);
    });
  }

  resync(): void {
    for (const cj of this.store.list('CronJob')) this.queue.add(keyOf(cj));
  }

  private scheduleString(cj: CronJob): { expr: string; tz?: string } {
    // formatSchedule: a schedule with TZ is used as is; otherwise spec.timeZone applies.
    if (cj.spec.schedule.includes('TZ')) return { expr: cj.spec.schedule };
    return { expr: cj.spec.schedule, tz: cj.spec.timeZone };
  }

  private parse(cj: CronJob): CronSchedule | string {
    const { expr, tz } = this.scheduleString(cj);
    const k = `${tz ?? ''}|${expr}`;
    let s = this.schedCache.get(k);
    if (s === undefined) {
      const r = parseSchedule(expr, tz);
      s = 'error' in r ? r.error : r.schedule;
      if (this.schedCache.size > 10_000) this.schedCache.clear();
      this.schedCache.set(k, s);
    }
    return s;
  }

  private onCronJob(type: string, cj: CronJob): void {
    const key = keyOf(cj);
    const sig = `${cj.spec.schedule}|${cj.spec.timeZone ?? ''}`;
    const prev = this.lastSchedule.get(key);
    if (type === 'DELETED') {
      this.lastSchedule.delete(key);
      this.queue.dropWaiting(key);
      return;
    }
    this.lastSchedule.set(key, sig);
    if (type === 'MODIFIED' && prev !== undefined && prev !== sig) {
      const s = this.parse(cj);
      if (typeof s === 'string') {
        this.event(cj, 'Warning', 'UnParseableCronJobSchedule', `unparseable schedule for cronjob: ${cj.spec.schedule}`);
        return;
      }
      this.queue.addAfter(key, nextScheduleTimeDuration(cj, this.kernel.now, s));
      return;
    }
    this.queue.add(key);
  }

  /** addJob/updateJob/deleteJob: the controller named by the Job's controllerRef, and the previous one when a patch changed it */
  private onJob(job: Job, previous: OwnerReference | undefined): void {
    const ref = controllerRefOf(job);
    if (previous && previous !== ref) this.enqueueController(job, previous);
    if (ref) this.enqueueController(job, ref);
  }

  /** resolveControllerRef: a CronJob of that name and uid, then enqueued */
  private enqueueController(job: Job, ref: OwnerReference): void {
    if (ref.kind !== 'CronJob') return;
    const cj = this.store.get('CronJob', job.metadata.namespace ?? 'default', ref.name);
    if (!cj || cj.metadata.uid !== ref.uid) return;
    this.queue.add(keyOf(cj));
  }

  private event(cj: CronJob, type: 'Normal' | 'Warning', reason: string, message: string): void {
    this.store.recordEvent(cj, type, reason, message, Component);
  }

  /**
   * Keeps jobsByControllerName current: a Job is listed under its controller's name as it is now
   * (a patch may remove or change the controllerRef). Returns the controllerRef it was listed
   * under before, when this event changed it.
   */
  private indexJob(type: string, job: Job): OwnerReference | undefined {
    const before = indexedUnder.get(job);
    const ref = type === 'DELETED' ? undefined : controllerRefOf(job);
    if (before === ref) return undefined;
    indexedUnder.set(job, ref);
    if (before?.name !== ref?.name) {
      const ns = job.metadata.namespace ?? 'default';
      if (before) {
        const key = `${ns}/${before.name}`;
        const set = this.jobsByControllerName.get(key);
        if (set?.delete(job) && set.size === 0) this.jobsByControllerName.delete(key);
      }
      if (ref) {
        const key = `${ns}/${ref.name}`;
        let set = this.jobsByControllerName.get(key);
        if (!set) this.jobsByControllerName.set(key, (set = new Set()));
        set.add(job);
      }
    }
    return before;
  }

  /** getJobsToBeReconciled: the namespace's Jobs whose controllerRef names this CronJob (kind and uid not checked, as upstream). */
  private jobsToBeReconciled(cj: CronJob): Job[] {
    return [...(this.jobsByControllerName.get(keyOf(cj)) ?? [])];
  }

  sync(key: string): SyncResult | void {
    const cj = this.store.getByKey('CronJob', key);
    if (!cj) return;
    const jobs = this.jobsToBeReconciled(cj);
    // Status changes go to a copy; one UpdateStatus at the end when anything changed.
    const status = cloneJson(cj.status);
    let dirty = this.cleanupFinishedJobs(cj, status, jobs);
    const r = this.syncCronJob(cj, status, jobs);
    dirty = dirty || r.dirty;
    if (status.active && status.active.length === 0) delete status.active;
    // an update that changes nothing is a no-op at the API server (no new resourceVersion, no
    // watch event): writing it anyway would wake this controller again at the same instant
    if (dirty && !jsonEqual(status, cj.status)) {
      this.store.update(cj, (c) => {
        c.status = status;
      });
    }
    if (r.requeueAfterMs !== undefined) return { requeueAfterMs: r.requeueAfterMs };
    // a failed create, get or delete: the key is retried with the rate limiter (processNextWorkItem's
    // AddRateLimited), which alone brings the CronJob back, at the next slot or later
    if (r.error !== undefined) return { error: r.error };
  }

  private syncCronJob(cj: CronJob, status: CronJob['status'], jobs: Job[]): { dirty: boolean; requeueAfterMs?: number; error?: string } {
    const nowMs = this.kernel.now;
    let dirty = false;
    const active = (status.active ??= []);
    // a. reconcile listed Jobs against status.active (short lists are scanned; long ones, under
    // Allow, get sets, so that a sync stays linear)
    const big = active.length * jobs.length > 256;
    const activeUids = big ? new Set(active.map((a) => a.uid)) : null;
    const listed = big ? new Set(jobs.map((j) => j.metadata.uid)) : null;
    for (const j of jobs) {
      const fin = finishedStatus(j);
      const inActive = activeUids ? activeUids.has(j.metadata.uid) : active.some((a) => a.uid === j.metadata.uid);
      if (!inActive && fin === null) {
        this.event(cj, 'Warning', 'UnexpectedJob', `Saw a job that the controller did not create or forgot: ${j.metadata.name}`);
      } else if (inActive && fin !== null) {
        const i = active.findIndex((a) => a.uid === j.metadata.uid);
        active.splice(i, 1);
        activeUids?.delete(j.metadata.uid);
        this.event(cj, 'Normal', 'SawCompletedJob', `Saw completed job: ${j.metadata.name}, condition: ${fin}`);
        dirty = true;
      }
      if (fin === 'Complete' && j.status.completionTime !== undefined) {
        if (status.lastSuccessfulTime === undefined || compareTime(j.status.completionTime, status.lastSuccessfulTime) > 0) {
          status.lastSuccessfulTime = j.status.completionTime;
          dirty = true;
        }
      }
    }
    // b. stale active refs: a GET by name that finds nothing (any Job of that name, whatever its
    // uid, keeps the entry: upstream compares names only), in the list's order
    for (let i = 0; i < active.length; ) {
      const ref = active[i]!;
      if ((listed ? listed.has(ref.uid ?? '') : jobs.some((j) => j.metadata.uid === ref.uid)) || this.store.get('Job', ref.namespace ?? cj.metadata.namespace ?? 'default', ref.name)) {
        i++;
        continue;
      }
      this.event(cj, 'Normal', 'MissingJob', `Active job went missing: ${ref.name}`);
      active.splice(i, 1);
      dirty = true;
    }
    // c. being deleted: status only
    if (cj.metadata.deletionTimestamp !== undefined) return { dirty };
    // e. suspended: nothing to start, no requeue (resume comes from the update event)
    if (cj.spec.suspend) return { dirty };
    // f. the schedule
    if (cj.spec.schedule.includes('TZ')) {
      this.event(cj, 'Warning', 'UnsupportedSchedule', `CRON_TZ or TZ used in schedule "${cj.spec.schedule}" is not officially supported, see https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/ for more details`);
    }
    const sched = this.parse(cj);
    if (typeof sched === 'string') {
      if (sched.startsWith('provided bad location') || sched.includes('unknown time zone')) {
        this.event(cj, 'Warning', 'UnknownTimeZone', `invalid timeZone: "${cj.spec.timeZone}": ${sched}`);
      } else {
        this.event(cj, 'Warning', 'UnparseableSchedule', `unparseable schedule: "${cj.spec.schedule}" : ${sched}`);
      }
      return { dirty };
    }
    // g. the time to start
    const next = nextScheduleTime(cj, nowMs, sched);
    if (next.error) {
      this.event(cj, 'Warning', 'InvalidSchedule', `invalid schedule: ${cj.spec.schedule} : ${next.error}`);
      return { dirty };
    }
    if (next.tooMany) {
      this.event(cj, 'Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew');
    }
    const scheduledMs = next.timeMs;
    if (scheduledMs === null) return { dirty, requeueAfterMs: nextScheduleTimeDuration(cj, nowMs, sched, status) };
    // h. deadline (effectively unreachable: SDS already bounded the look-back)
    const sds = cj.spec.startingDeadlineSeconds;
    if (sds !== undefined && scheduledMs + goSecondsMs(sds) < nowMs) {
      this.event(cj, 'Warning', 'MissSchedule', `Missed scheduled time to start a job: ${rfc1123z(scheduledMs)}`);
      return { dirty, requeueAfterMs: nextScheduleTimeDuration(cj, nowMs, sched, status) };
    }
    // i. already handled
    const jobName = getJobName(cj.metadata.name, scheduledMs);
    if (active.some((a) => a.name === jobName) || (status.lastScheduleTime !== undefined && parseTime(status.lastScheduleTime) === scheduledMs)) {
      return { dirty, requeueAfterMs: nextScheduleTimeDuration(cj, nowMs, sched, status) };
    }
    // j. Forbid: the slot is not recorded, so it starts late once the active Job finishes
    if (cj.spec.concurrencyPolicy === 'Forbid' && active.length > 0) {
      this.event(cj, 'Normal', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid');
      return { dirty, requeueAfterMs: nextScheduleTimeDuration(cj, nowMs, sched, status) };
    }
    // k. Replace: delete the active Jobs (background), then create, in this sync
    if (cj.spec.concurrencyPolicy === 'Replace') {
      // in status.active order (upstream ranges over the list it started with)
      for (const ref of [...active]) {
        const j = this.store.get('Job', ref.namespace ?? cj.metadata.namespace ?? 'default', ref.name);
        if (!j) {
          this.event(cj, 'Warning', 'FailedGet', `Get job: jobs.batch "${ref.name}" not found`);
          return { dirty, error: `jobs.batch "${ref.name}" not found` };
        }
        const del = this.store.delete(j, { propagationPolicy: 'Background' });
        if (!del.ok) {
          this.event(cj, 'Warning', 'FailedDelete', `Deleted job: ${del.message}`);
          return { dirty, error: `could not replace job ${j.metadata.namespace}/${j.metadata.name}` };
        }
        // deleteFromActiveList by the uid of the Job found by name, which a stale entry of the same
        // name (a Job deleted and re-made by hand) does not share: that entry stays
        for (let i = active.length - 1; i >= 0; i--) if (active[i]!.uid === j.metadata.uid) active.splice(i, 1);
        this.event(cj, 'Normal', 'SuccessfulDelete', `Deleted job ${j.metadata.name}`);
        dirty = true;
      }
    }
    // l. build and m. create the Job
    const job = this.jobFromTemplate(cj, jobName, scheduledMs);
    const created = this.store.create(job);
    if (!created.ok) {
      if (created.reason === 'AlreadyExists') {
        const existing = this.store.get('Job', cj.metadata.namespace ?? 'default', jobName);
        const ref = existing ? controllerRefOf(existing) : undefined;
        if (!existing || !ref || ref.uid !== cj.metadata.uid) return { dirty };
        if (active.some((a) => a.uid === existing.metadata.uid)) return { dirty };
        active.push(jobRef(existing));
        status.lastScheduleTime = isoSeconds(scheduledMs);
        return { dirty: true };
      }
      this.event(cj, 'Warning', 'FailedCreate', `Error creating job: ${created.message}`);
      return { dirty, error: created.message };
    }
    // n. success
    this.event(cj, 'Normal', 'SuccessfulCreate', `Created job ${job.metadata.name}`);
    active.push(jobRef(job));
    status.lastScheduleTime = isoSeconds(scheduledMs);
    return { dirty: true, requeueAfterMs: nextScheduleTimeDuration(cj, nowMs, sched, status) };
  }

  /** getJobFromTemplate2: labels and annotations from the template, the scheduled-timestamp annotation. */
  private jobFromTemplate(cj: CronJob, name: string, scheduledMs: number): Job {
    const t = cj.spec.jobTemplate;
    const annotations = { ...(t.metadata?.annotations ?? {}) };
    annotations[CronJobScheduledTimestampAnnotation] = formatInZone(scheduledMs, cj.spec.timeZone);
    const labels = t.metadata?.labels ? { ...t.metadata.labels } : undefined;
    return {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: {
        name,
        namespace: cj.metadata.namespace,
        uid: '',
        creationTimestamp: '',
        ...(labels ? { labels } : {}),
        annotations,
        ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: cj.metadata.name, uid: cj.metadata.uid, controller: true, blockOwnerDeletion: true }],
      },
      spec: cloneJson(t.spec),
      status: {},
    };
  }

  /** cleanupFinishedJobs: keep successfulJobsHistoryLimit and failedJobsHistoryLimit, oldest deleted first. */
  private cleanupFinishedJobs(cj: CronJob, status: CronJob['status'], jobs: Job[]): boolean {
    const sLimit = cj.spec.successfulJobsHistoryLimit;
    const fLimit = cj.spec.failedJobsHistoryLimit;
    if (sLimit === undefined && fLimit === undefined) return false;
    const ok: Job[] = [];
    const bad: Job[] = [];
    for (const j of jobs) {
      const f = finishedStatus(j);
      if (f === 'Complete') ok.push(j);
      else if (f === 'Failed') bad.push(j);
    }
    let dirty = false;
    dirty = this.removeOldest(cj, status, ok, sLimit) || dirty;
    dirty = this.removeOldest(cj, status, bad, fLimit) || dirty;
    return dirty;
  }

  /** Deletes the oldest finished Jobs of one class beyond `limit` (background propagation). */
  private removeOldest(cj: CronJob, status: CronJob['status'], list: Job[], limit: number | undefined): boolean {
    if (limit === undefined) return false;
    let dirty = false;
    for (const j of jobsToCleanUp(list, limit)) {
      const r = this.store.delete(j, { propagationPolicy: 'Background' });
      if (!r.ok) {
        this.event(cj, 'Warning', 'FailedDelete', `Deleted job: ${r.message}`);
        continue;
      }
      this.event(cj, 'Normal', 'SuccessfulDelete', `Deleted job ${j.metadata.name}`);
      const active = status.active ?? [];
      const i = active.findIndex((a) => a.uid === j.metadata.uid);
      if (i >= 0) active.splice(i, 1);
      dirty = true;
    }
    return dirty;
  }
}

function jobRef(j: Job): ObjectReference {
  return { kind: 'Job', namespace: j.metadata.namespace, name: j.metadata.name, uid: j.metadata.uid, apiVersion: 'batch/v1', resourceVersion: j.metadata.resourceVersion };
}

const WeekDays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const Months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Go's time.RFC1123Z of a UTC instant, as the MissSchedule event writes it: "Thu, 19 May 2016 10:00:00 +0000". */
export function rfc1123z(ms: number): string {
  const d = new Date(ms);
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${WeekDays[d.getUTCDay()]}, ${p2(d.getUTCDate())} ${Months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
}
