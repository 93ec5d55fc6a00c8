// The CronJob controller's pure helpers (pkg/controller/cronjob/utils.go and utils_test.go): the most
// recent unmet schedule time with and without startingDeadlineSeconds, the missed-count estimate and
// its cap, the requeue delay, Job naming, history ordering and finished-Job detection, at fixed
// reference instants.
import { describe, expect, it } from 'vitest';
import type { CronJob, Job } from '../../../src/api/types.ts';
import { parseSchedule } from '../../../src/controllers/cronjob/schedule.ts';
import type { CronSchedule } from '../../../src/controllers/cronjob/schedule.ts';
import { compareByJobStartTime, finishedStatus, getJobName, jobsToCleanUp, mostRecentScheduleTime, nextScheduleTime, nextScheduleTimeDuration } from '../../../src/controllers/cronjob/utils.ts';

const T = (iso: string) => Date.parse(iso);

function sched(expr: string, zone?: string): CronSchedule {
  const p = parseSchedule(expr, zone);
  if (!('schedule' in p)) throw new Error(`bad schedule ${expr}`);
  return p.schedule;
}

function cronJob(o: { schedule: string; created: string; last?: string; sds?: number }): CronJob {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'cj', namespace: 'default', uid: 'u', creationTimestamp: o.created },
    spec: { schedule: o.schedule, startingDeadlineSeconds: o.sds, jobTemplate: { spec: { template: { spec: { containers: [], restartPolicy: 'Never' } } } } },
    status: o.last === undefined ? {} : { lastScheduleTime: o.last },
  } as unknown as CronJob;
}

describe('mostRecentScheduleTime (utils_test.go TestMostRecentScheduleTime)', () => {
  const cases: Array<{ name: string; cj: Parameters<typeof cronJob>[0]; now: string; sdsApplied?: boolean; want: { earliest: string; mostRecent: string | null; missed: string; error?: boolean } }> = [
    { name: 'now before the next schedule: nothing unmet, earliest is the creation time', cj: { schedule: '0 * * * *', created: '2026-01-01T10:15:00Z' }, now: '2026-01-01T10:59:59Z', want: { earliest: '2026-01-01T10:15:00Z', mostRecent: null, missed: 'none' } },
    { name: 'now exactly at the next schedule: that time (one unmet time: the "none" of the missed estimate)', cj: { schedule: '0 * * * *', created: '2026-01-01T10:15:00Z' }, now: '2026-01-01T11:00:00Z', want: { earliest: '2026-01-01T10:15:00Z', mostRecent: '2026-01-01T11:00:00Z', missed: 'none' } },
    { name: 'lastScheduleTime, not the creation time, is the earliest', cj: { schedule: '0 * * * *', created: '2026-01-01T00:00:00Z', last: '2026-01-01T10:00:00Z' }, now: '2026-01-01T10:30:00Z', want: { earliest: '2026-01-01T10:00:00Z', mostRecent: null, missed: 'none' } },
    { name: 'missed 5 schedules: the latest of them, a few missed', cj: { schedule: '0 * * * *', created: '2026-01-01T05:30:00Z' }, now: '2026-01-01T10:30:00Z', want: { earliest: '2026-01-01T05:30:00Z', mostRecent: '2026-01-01T10:00:00Z', missed: 'few' } },
    { name: 'complex schedule (30 6-16/4 * * 1-5) over a weekend', cj: { schedule: '30 6-16/4 * * 1-5', created: '2026-01-02T12:00:00Z' }, now: '2026-01-05T11:00:00Z', want: { earliest: '2026-01-02T12:00:00Z', mostRecent: '2026-01-05T10:30:00Z', missed: 'few' } },
    { name: 'exactly 100 estimated misses: not too many', cj: { schedule: '* * * * *', created: '2026-01-01T00:00:30Z' }, now: '2026-01-01T01:40:59Z', want: { earliest: '2026-01-01T00:00:30Z', mostRecent: '2026-01-01T01:40:00Z', missed: 'few' } },
    { name: '101 estimated misses: too many (the warning, the Job still runs)', cj: { schedule: '* * * * *', created: '2026-01-01T00:00:30Z' }, now: '2026-01-01T01:41:00Z', want: { earliest: '2026-01-01T00:00:30Z', mostRecent: '2026-01-01T01:41:00Z', missed: 'many' } },
    { name: 'startingDeadlineSeconds lifts the earliest time to now - SDS', cj: { schedule: '* * * * *', created: '2026-01-01T00:00:00Z', sds: 90 }, now: '2026-01-01T05:00:30Z', sdsApplied: true, want: { earliest: '2026-01-01T04:59:00Z', mostRecent: '2026-01-01T05:00:00Z', missed: 'none' } },
    { name: 'startingDeadlineSeconds below the gap: nothing unmet in the window', cj: { schedule: '0 * * * *', created: '2026-01-01T00:00:00Z', sds: 60 }, now: '2026-01-01T05:30:00Z', sdsApplied: true, want: { earliest: '2026-01-01T05:29:00Z', mostRecent: null, missed: 'none' } },
    { name: 'the deadline is ignored when not asked (nextScheduleTimeDuration)', cj: { schedule: '0 * * * *', created: '2026-01-01T00:00:00Z', sds: 60 }, now: '2026-01-01T05:30:00Z', want: { earliest: '2026-01-01T00:00:00Z', mostRecent: '2026-01-01T05:00:00Z', missed: 'few' } },
    { name: 'a deadline past 9223372036 s wraps as time.Duration does: 10^10 s lies ~267 years ahead, nothing is due', cj: { schedule: '* * * * *', created: '2026-01-01T00:00:00Z', sds: 10_000_000_000 }, now: '2026-01-01T05:00:30Z', sdsApplied: true, want: { earliest: new Date(T('2026-01-01T05:00:30Z') + 8_446_744_073_709.552).toISOString(), mostRecent: null, missed: 'none' } },
  ];
  it.each(cases)('$name', ({ cj, now, sdsApplied, want }) => {
    const r = mostRecentScheduleTime(cronJob(cj), T(now), sched(cj.schedule), sdsApplied ?? false);
    expect(new Date(r.earliestMs).toISOString()).toBe(new Date(T(want.earliest)).toISOString());
    expect(r.mostRecentMs === null ? null : new Date(r.mostRecentMs).toISOString()).toBe(want.mostRecent === null ? null : new Date(T(want.mostRecent)).toISOString());
    expect(r.missed).toBe(want.missed);
  });
});

describe('nextScheduleTime and nextScheduleTimeDuration (requeue 100 ms after the next time)', () => {
  it.each<[string, Parameters<typeof cronJob>[0], string, string | null, number]>([
    ['on a schedule time: start it; requeue 100 ms after the next one', { schedule: '*/5 * * * *', created: '2026-01-01T00:00:00Z' }, '2026-01-01T00:05:00.100Z', '2026-01-01T00:05:00Z', 300_000],
    ['between times, nothing unmet: requeue at the next one + 100 ms', { schedule: '*/5 * * * *', created: '2026-01-01T00:00:00Z', last: '2026-01-01T00:05:00Z' }, '2026-01-01T00:07:00Z', null, 180_100],
  ])('%s', (_n, c, now, start, delay) => {
    const cj = cronJob(c);
    const s = sched(c.schedule);
    const next = nextScheduleTime(cj, T(now), s);
    expect(next.timeMs === null ? null : new Date(next.timeMs).toISOString()).toBe(start === null ? null : new Date(T(start)).toISOString());
    expect(nextScheduleTimeDuration(cj, T(now), s)).toBe(delay);
  });
});

describe('getJobName: <cronjob>-<minutes since the epoch of the scheduled time>', () => {
  it.each<[string, string, string]>([
    ['hello', '2026-01-01T00:00:00Z', 'hello-29453760'],
    ['hello', '2026-01-01T00:00:59Z', 'hello-29453760'],
    ['nightly-backup', '2026-03-29T03:00:00Z', 'nightly-backup-29579220'],
    // getTimeHashInMinutes: Unix() / 60 truncates toward zero (Go), not down
    ['cj', '1969-12-31T23:56:30Z', 'cj--3'],
    ['cj', '1969-12-31T23:58:00Z', 'cj--2'],
    ['cj', '1969-12-31T23:59:59Z', 'cj-0'],
  ])('%s at %s', (name, at, want) => expect(getJobName(name, T(at))).toBe(want));
});

function job(name: string, startTime?: string, cond?: 'Complete' | 'Failed', status: 'True' | 'False' = 'True'): Job {
  return { apiVersion: 'batch/v1', kind: 'Job', metadata: { name }, spec: {}, status: { startTime, conditions: cond ? [{ type: cond, status }] : undefined } } as unknown as Job;
}

describe('history: byJobStartTime order and the Jobs to delete (removeOldestJobs)', () => {
  it('startTime ascending, a Job without one last, names breaking ties (utils_test.go TestByJobStartTime)', () => {
    const jobs = [job('c', '2026-01-01T00:02:00Z'), job('nil-b'), job('a', '2026-01-01T00:01:00Z'), job('nil-a'), job('b', '2026-01-01T00:01:00Z')];
    expect(jobs.slice().sort(compareByJobStartTime).map((j) => j.metadata.name)).toEqual(['a', 'b', 'c', 'nil-a', 'nil-b']);
  });
  it.each<[string, number, string[]]>([
    ['within the limit: none', 5, []],
    ['the oldest first, down to the limit', 2, ['j1', 'j2', 'j3']],
    ['limit 0: all', 0, ['j1', 'j2', 'j3', 'j4', 'j5']],
  ])('%s', (_n, limit, want) => {
    const jobs = [job('j4', '2026-01-01T00:04:00Z'), job('j2', '2026-01-01T00:02:00Z'), job('j5', '2026-01-01T00:05:00Z'), job('j1', '2026-01-01T00:01:00Z'), job('j3', '2026-01-01T00:03:00Z')];
    expect(jobsToCleanUp(jobs, limit).map((j) => j.metadata.name)).toEqual(want);
  });
});

describe('finishedStatus (getFinishedStatus)', () => {
  it.each<[string, Job, string | null]>([
    ['Complete True', job('a', undefined, 'Complete'), 'Complete'],
    ['Failed True', job('a', undefined, 'Failed'), 'Failed'],
    ['Complete False is not finished', job('a', undefined, 'Complete', 'False'), null],
    ['no conditions', job('a'), null],
  ])('%s', (_n, j, want) => expect(finishedStatus(j)).toBe(want));
});
