// Pure helpers of the CronJob controller (pkg/controller/cronjob/utils.go): the most recent unmet
// schedule time, the requeue delay, Job naming, history ordering, finished-Job detection.

import type { CronJob, Job } from '../../api/types.ts';
import { compareTime, goSecondsMs, parseTime } from '../../core/time.ts';
import type { CronSchedule } from './schedule.ts';

/** nextScheduleDelta: every computed requeue is 100 ms past the schedule time. */
export const NextScheduleDeltaMs = 100;
/** more than this many (approximate) missed start times gives a TooManyMissedTimes warning */
export const MaxMissedSchedules = 100;

export type Missed = 'none' | 'few' | 'many';

export interface MostRecent {
  earliestMs: number;
  /** the most recent unmet schedule time, or null */
  mostRecentMs: number | null;
  missed: Missed;
  error?: string;
}

/**
 * mostRecentScheduleTime: the latest schedule time in (earliest, now], where earliest is
 * lastScheduleTime or the creation time, lifted to now - startingDeadlineSeconds when asked.
 * The number of missed times is estimated from the gap between the first two, as upstream does.
 */
export function mostRecentScheduleTime(cj: CronJob, nowMs: number, sched: CronSchedule, includeStartingDeadlineSeconds: boolean, status: CronJob['status'] = cj.status): MostRecent {
  let earliestMs = status.lastScheduleTime !== undefined ? parseTime(status.lastScheduleTime) : parseTime(cj.metadata.creationTimestamp);
  const sds = cj.spec.startingDeadlineSeconds;
  if (includeStartingDeadlineSeconds && sds !== undefined) {
    // now.Add(-time.Second * time.Duration(sds)): wraps as Go's int64 nanoseconds do, so a deadline
    // past 9223372036 s may lie in the future (nothing is ever due)
    const schedulingDeadline = nowMs - goSecondsMs(sds);
    if (schedulingDeadline > earliestMs) earliestMs = schedulingDeadline;
  }
  const t1 = sched.next(earliestMs);
  if (t1 === null) return { earliestMs, mostRecentMs: null, missed: 'none', error: 'time difference between two schedules is less than 1 second' };
  if (nowMs < t1) return { earliestMs, mostRecentMs: null, missed: 'none' };
  const t2 = sched.next(t1);
  if (t2 === null) return { earliestMs, mostRecentMs: null, missed: 'none', error: 'time difference between two schedules is less than 1 second' };
  if (nowMs < t2) return { earliestMs, mostRecentMs: t1, missed: 'none' };
  // Go: t2.Sub(t1).Round(time.Second).Seconds() and int64(now.Sub(t1).Seconds())
  const betweenS = Math.round((t2 - t1) / 1000);
  if (betweenS < 1) return { earliestMs, mostRecentMs: null, missed: 'none', error: 'time difference between two schedules is less than 1 second' };
  const elapsedS = Math.trunc((nowMs - t1) / 1000);
  const n = Math.floor(elapsedS / betweenS) + 1;
  let mostRecentMs: number | null = null;
  let t = sched.next(t1 + (n - 2) * betweenS * 1000);
  for (let guard = 0; t !== null && t <= nowMs && guard < 1_000_000; guard++) {
    mostRecentMs = t;
    t = sched.next(t);
  }
  return { earliestMs, mostRecentMs, missed: n > MaxMissedSchedules ? 'many' : 'few' };
}

/** nextScheduleTime: the time to start now (SDS applied), or null. */
export function nextScheduleTime(cj: CronJob, nowMs: number, sched: CronSchedule): { timeMs: number | null; tooMany: boolean; error?: string } {
  const r = mostRecentScheduleTime(cj, nowMs, sched, true);
  if (r.error) return { timeMs: null, tooMany: false, error: r.error };
  if (r.mostRecentMs === null || r.mostRecentMs > nowMs) return { timeMs: null, tooMany: false };
  return { timeMs: r.mostRecentMs, tooMany: r.missed === 'many' };
}

/** nextScheduleTimeDuration: delay until 100 ms after the next schedule time (SDS ignored), `status` being the one the sync is writing. */
export function nextScheduleTimeDuration(cj: CronJob, nowMs: number, sched: CronSchedule, status: CronJob['status'] = cj.status): number {
  const r = mostRecentScheduleTime(cj, nowMs, sched, false, status);
  let base: number;
  if (r.error) base = nowMs;
  else if (r.mostRecentMs !== null) base = r.mostRecentMs;
  else if (r.missed === 'none') base = r.earliestMs;
  else base = nowMs;
  const next = sched.next(base);
  // A schedule that never fires again: Next is the zero time, the Go duration saturates negative,
  // and AddAfter with a delay <= 0 adds the key at once (the sync then reports InvalidSchedule).
  if (next === null) return -1;
  return next + NextScheduleDeltaMs - nowMs;
}

/**
 * getJobName: `<cronjob>-<minutes since the epoch of the scheduled time>` (getTimeHashInMinutes:
 * Unix() / 60 in Go's integer division, which truncates toward zero before 1970).
 */
export function getJobName(cjName: string, scheduledMs: number): string {
  return `${cjName}-${Math.trunc(Math.floor(scheduledMs / 1000) / 60)}`;
}

/** getFinishedStatus: the Job's Complete or Failed condition type, when True. */
export function finishedStatus(job: Job): 'Complete' | 'Failed' | null {
  for (const c of job.status.conditions ?? []) {
    if ((c.type === 'Complete' || c.type === 'Failed') && c.status === 'True') return c.type;
  }
  return null;
}

/** byJobStartTime: startTime ascending, nil last, then name. */
export function compareByJobStartTime(a: Job, b: Job): number {
  const as = a.status.startTime;
  const bs = b.status.startTime;
  if (as === undefined && bs !== undefined) return 1;
  if (as !== undefined && bs === undefined) return -1;
  if (as !== undefined && bs !== undefined && as !== bs) return compareTime(as, bs);
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}

/** The Jobs of one class (successful or failed) to delete so that `limit` remain, oldest first. */
export function jobsToCleanUp(jobs: Job[], limit: number): Job[] {
  if (jobs.length <= limit) return [];
  // an insertion sort: the lists are a history limit long plus the Jobs just finished (and the
  // order is total, names breaking ties, so any sort gives the same answer)
  const sorted = jobs.slice();
  for (let i = 1; i < sorted.length; i++) {
    const x = sorted[i]!;
    let k = i - 1;
    while (k >= 0 && compareByJobStartTime(sorted[k]!, x) > 0) {
      sorted[k + 1] = sorted[k]!;
      k--;
    }
    sorted[k + 1] = x;
  }
  sorted.length = jobs.length - limit;
  return sorted;
}
