// CronJob schedule times that never got a Job (metrics.cronJobs[...].missedSchedules, the sweep's
// MISSED): the controller starts only the most recent unmet time (syncCronJob /
// mostRecentScheduleTime), so a time followed by another before the end is lost for good; the last
// one may yet start unless its startingDeadlineSeconds has passed. Suspended stretches owe nothing.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/index.ts';
import { forEachOwedSlot, mayYetStart, missedFromMs } from '../../src/sim/slots.ts';
import type { CronJobSpecChange } from '../../src/sim/slots.ts';

function cron(spec: string, sim: string, extraDocs = ''): string {
  return `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
${sim}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: c}
spec:
${spec}
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "%DUR%"}}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: x}]
${extraDocs}`;
}

function missed(text: string): number | undefined {
  const m = simulate(text).metrics as { cronJobs: Record<string, { missedSchedules: number }> };
  return m.cronJobs['default/c']?.missedSchedules;
}

describe('missedSchedules per CronJob', () => {
  const cases: Array<[string, string, string, string, number | undefined]> = [
    // hourly 90m Jobs under Forbid for 6h: 02:00 starts late at 02:30, 03:00 is superseded by 04:00
    // before it could start (missed), 06:00 is the last time and may yet start (left out)
    ['Forbid skips a time behind a long Job (syncCronJob Forbid: the blocked time is not recorded)', '  schedule: "0 * * * *"\n  concurrencyPolicy: Forbid', '  duration: 6h', '90m', 1],
    // Allow: every time gets its Job; nothing missed, and no entry is made for a CronJob with no finished Job and nothing missed
    ['Allow starts every time', '  schedule: "0 * * * *"', '  duration: 6h', '90m', 0],
    // the controller is down 01:30-04:30: 02:00 and 03:00 are superseded by 04:00, which starts on its return
    ['a controller outage loses all but the most recent time (mostRecentScheduleTime)', '  schedule: "0 * * * *"', '  duration: 6h\n  faults:\n  - {at: 1h30m, controllerDown: cronjob, for: 3h}', '10m', 2],
    // same outage with startingDeadlineSeconds 600: 04:00 is 30m old at 04:30, past its deadline: also missed
    ['past startingDeadlineSeconds the most recent time is missed too', '  schedule: "0 * * * *"\n  startingDeadlineSeconds: 600', '  duration: 6h\n  faults:\n  - {at: 1h30m, controllerDown: cronjob, for: 3h}', '10m', 3],
    // the last time of the run (06:00) blocked by the controller being down to the end, with a deadline that passed: missed
    ['the last time counts once its deadline has passed', '  schedule: "0 * * * *"\n  startingDeadlineSeconds: 60', '  duration: 6h10m\n  faults:\n  - {at: 5h50m, controllerDown: cronjob, for: 1h}', '10m', 1],
    // ... and without a deadline it may still start when the controller returns: undecided, not missed
    ['the last time without a deadline is undecided', '  schedule: "0 * * * *"', '  duration: 6h10m\n  faults:\n  - {at: 5h50m, controllerDown: cronjob, for: 1h}', '10m', 0],
  ];
  it.each(cases)('%s', (_name, spec, sim, dur, want) => {
    const got = missed(cron(spec, sim).replace('%DUR%', dur));
    expect(got ?? 0).toBe(want);
  });

  it('a suspended stretch owes nothing (suspend 01:30-04:30, Allow)', () => {
    const text = cron('  schedule: "0 * * * *"', '  duration: 6h\n  timeline:\n  - {at: 1h30m, patch: {kind: CronJob, name: c, spec: {suspend: true}}}\n  - {at: 4h30m, patch: {kind: CronJob, name: c, spec: {suspend: false}}}').replace('%DUR%', '10m');
    // 02:00, 03:00 and 04:00 fall while suspended; on resume the controller starts 04:00 (its most recent time)
    const r = simulate(text);
    const names = (r.items ?? []).filter((o) => o.kind === 'Job').map((o) => (o as { metadata: { annotations: Record<string, string> } }).metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']);
    expect(names).toContain('2026-01-01T04:00:00Z');
    expect((r.metrics as { cronJobs: Record<string, { missedSchedules: number }> }).cronJobs['default/c']!.missedSchedules).toBe(0);
  });

  it('a deleted CronJob owes nothing after its deletion', () => {
    const text = cron('  schedule: "0 * * * *"\n  concurrencyPolicy: Forbid', '  duration: 6h\n  timeline:\n  - {at: 3h30m, delete: {kind: CronJob, name: c}}').replace('%DUR%', '90m');
    // 01:00 runs to 02:30, 02:00 starts at 02:30; 03:00 is blocked and then the CronJob is gone
    expect(missed(text) ?? 0).toBe(1);
  });

  it('a Job for a time no stretch owed (the new schedule\'s time from before the change) does not cancel a real miss', () => {
    // hourly 35m Jobs under Forbid; at 01:30 the schedule becomes */20: when 01:00's Job ends at 01:35
    // the controller starts 01:20 (most recent under the new schedule), owed by no stretch; the
    // controller is down 02:30-03:10, so 02:40 is lost (03:00 starts on its return)
    const text = cron('  schedule: "0 * * * *"\n  concurrencyPolicy: Forbid', '  duration: 4h\n  timeline:\n  - {at: 1h30m, patch: {kind: CronJob, name: c, spec: {schedule: "*/20 * * * *"}}}\n  faults:\n  - {at: 2h30m, controllerDown: cronjob, for: 40m}').replace('%DUR%', '35m');
    const times = (simulate(text).items ?? []).filter((o) => o.kind === 'Job').map((o) => (o as { metadata: { annotations: Record<string, string> } }).metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']);
    expect(times).toContain('2026-01-01T01:20:00Z');
    expect(times).not.toContain('2026-01-01T02:40:00Z');
    // owed 01:00, 01:40, 02:00, 02:20, 02:40, 03:00, 03:20, 03:40 and 04:00 (the last, undecided); started
    // 01:00, 02:00, 03:00 and 03:40: missed 01:40, 02:20, 02:40 and 03:20
    expect(missed(text)).toBe(4);
  });

  it('is reported in the text report', () => {
    const text = cron('  schedule: "0 * * * *"\n  concurrencyPolicy: Forbid', '  duration: 6h').replace('%DUR%', '90m');
    expect(simulate(text).metrics).toMatchObject({ cronJobs: { 'default/c': { complete: 3, failed: 0, missedSchedules: 1 } } });
  });
});

describe('forEachOwedSlot', () => {
  const h = (atMs: number, over: Partial<CronJobSpecChange> = {}): CronJobSpecChange => ({ atMs, schedule: '0 * * * *', timeZone: undefined, suspend: false, gone: false, ...over });
  const hour = 3_600_000;
  const slots = (history: CronJobSpecChange[], untilMs: number) => {
    const out: number[] = [];
    forEachOwedSlot(history, untilMs, (t) => void out.push(t / hour));
    return out;
  };
  it.each([
    ['times strictly after the creation, up to the end', [h(0)], 3 * hour, [1, 2, 3]],
    ['a suspended stretch owes none', [h(0), h(1.5 * hour, { suspend: true }), h(2.5 * hour)], 4 * hour, [1, 3, 4]],
    ['a time at the instant of a change is the later stretch\'s', [h(0), h(2 * hour, { suspend: true })], 4 * hour, [1]],
    ['a resume at a time instant owes that time', [h(0, { suspend: true }), h(2 * hour)], 3 * hour, [2, 3]],
    ['a deletion ends it', [h(0), h(2.5 * hour, { gone: true })], 5 * hour, [1, 2]],
    ['a schedule change applies from its instant', [h(0), h(1.5 * hour, { schedule: '30 * * * *' })], 3 * hour, [1, 1.5, 2.5]],
  ])('%s', (_name, history, until, want) => {
    expect(slots(history, until)).toEqual(want);
  });

  it('stops when the visitor says so', () => {
    const out: number[] = [];
    forEachOwedSlot([h(0)], 10 * hour, (t) => (out.push(t), out.length < 2));
    expect(out).toHaveLength(2);
  });
});

describe('mayYetStart and missedFromMs: when an unmet time counts as missed', () => {
  const h = (atMs: number, over: Partial<CronJobSpecChange> = {}): CronJobSpecChange => ({ atMs, schedule: '0 * * * *', timeZone: undefined, suspend: false, gone: false, ...over });
  const hour = 3_600_000;
  const min = 60_000;
  // history, the last owed time, the run's end, the last time started, startingDeadlineSeconds (ms)
  it.each<[string, CronJobSpecChange[], number, number, number, number | undefined, boolean]>([
    ['the last time, no deadline: may yet start, whenever the run ends', [h(0)], 2 * hour, 2 * hour + 59 * min, 1 * hour, undefined, true],
    ['within its deadline', [h(0)], hour, hour + 2 * min, -Infinity, 120_000, true],
    ['its deadline passed', [h(0)], hour, hour + 2 * min + 1, -Infinity, 120_000, false],
    ['a later time started (not the most recent unmet one)', [h(0)], hour, 3 * hour, 2 * hour, undefined, false],
    ['suspended since: the final stretch owes nothing', [h(0), h(1.5 * hour, { suspend: true })], hour, 3 * hour, -Infinity, undefined, false],
    ['the schedule changed after it', [h(0), h(1.5 * hour, { schedule: '30 * * * *' })], hour, 1.6 * hour, -Infinity, undefined, false],
  ])('mayYetStart: %s', (_name, history, last, endMs, lastStarted, deadlineMs, want) => {
    expect(mayYetStart(history, last, endMs, lastStarted, deadlineMs)).toBe(want);
  });

  it.each<[string, CronJobSpecChange[], number, number | undefined, number | undefined, number]>([
    ['at the next owed time', [h(0)], hour, 2 * hour, undefined, 2 * hour],
    ['just past its deadline, when that comes first', [h(0)], hour, 2 * hour, 120_000, hour + 120_001],
    ['at a change of the spec after it', [h(0), h(1.5 * hour, { suspend: true })], hour, undefined, undefined, 1.5 * hour],
    ['never, while it may yet start', [h(0)], hour, undefined, undefined, Infinity],
  ])('missedFromMs: %s', (_name, history, t, nextOwed, deadlineMs, want) => {
    expect(missedFromMs(history, t, nextOwed, deadlineMs)).toBe(want);
    // consistent with mayYetStart: missed from that end on, not a millisecond before
    if (Number.isFinite(want) && nextOwed === undefined) {
      expect(mayYetStart(history, t, want, -Infinity, deadlineMs)).toBe(false);
      expect(mayYetStart(history.filter((x) => x.atMs < want), t, want - 1, -Infinity, deadlineMs)).toBe(true);
    }
  });
});
