// The schedule times a CronJob owed and the ones it never started: what a planner reads as a
// missed nightly run (skipped behind a Forbid Job, lost to a controller outage, past
// startingDeadlineSeconds). A CronJob owes the times of each stretch in which it was neither
// suspended nor being deleted, under the schedule and time zone it had then.

import type { CronJob, Job } from '../api/types.ts';
import { CronJobScheduledTimestampAnnotation } from '../api/types.ts';
import { goSecondsMs, parseTime } from '../core/time.ts';
import { parseSchedule } from '../controllers/cronjob/schedule.ts';
import type { CronSchedule } from '../controllers/cronjob/schedule.ts';

/** One change of what a CronJob schedules: a new entry when its schedule, time zone or suspend changes, or when its deletion begins. */
export interface CronJobSpecChange {
  atMs: number;
  schedule: string;
  timeZone: string | undefined;
  suspend: boolean;
  /** its deletion has begun (or it is gone): it starts nothing more */
  gone: boolean;
}

/** a stretch's schedule times are counted up to this many (a guard against `@every 1s` for years) */
const MaxSlotsPerStretch = 50_000_000;

/**
 * Stretch i holds the schedule times in (from_i, to_i]: the first from its creation (times
 * strictly after it, as the controller counts from creationTimestamp), a later one from the
 * instant of its change (a time at that instant is the later stretch's: the change is applied
 * before the controller's sync 100ms after it), each up to the next change.
 */
function stretchBounds(history: readonly CronJobSpecChange[], i: number, untilMs: number): [number, number] {
  const from = i === 0 ? history[0]!.atMs : history[i]!.atMs - 1;
  const next = history[i + 1];
  return [from, Math.min(next ? next.atMs - 1 : Infinity, untilMs)];
}

const owes = (h: CronJobSpecChange) => !h.suspend && !h.gone;

function scheduleOf(h: CronJobSpecChange): CronSchedule | null {
  const parsed = parseSchedule(h.schedule, h.timeZone);
  return 'schedule' in parsed ? parsed.schedule : null;
}

/** Every schedule time the CronJob owed up to `untilMs`, in order, until `visit` returns false. */
export function forEachOwedSlot(history: readonly CronJobSpecChange[], untilMs: number, visit: (t: number) => boolean | void): void {
  for (let i = 0; i < history.length; i++) {
    const h = history[i]!;
    if (!owes(h)) continue;
    const sched = scheduleOf(h);
    if (!sched) continue;
    const [from, to] = stretchBounds(history, i, untilMs);
    let t = sched.next(from);
    for (let n = 0; t !== null && t <= to && n < MaxSlotsPerStretch; n++) {
      if (visit(t) === false) return;
      t = sched.next(t);
    }
  }
}

/**
 * Whether t is a schedule time the CronJob owed: in a stretch in which it owed its runs, and one of
 * that stretch's schedule times (a Job started after a schedule change may carry a time of the new
 * schedule from before the change, which no stretch owed).
 */
function owedAt(history: readonly CronJobSpecChange[], t: number, schedules: Map<CronJobSpecChange, CronSchedule | null>): boolean {
  for (let i = history.length - 1; i >= 0; i--) {
    const [from, to] = stretchBounds(history, i, Infinity);
    if (!(t > from && t <= to)) continue;
    const h = history[i]!;
    if (!owes(h)) return false;
    let sched = schedules.get(h);
    if (sched === undefined) schedules.set(h, (sched = scheduleOf(h)));
    return sched !== null && sched.next(t - 1) === t;
  }
  return false;
}

/**
 * Whether `last`, the latest schedule time owed up to endMs and not started, may yet start after
 * endMs: the controller only ever starts the most recent unmet time, so it must be the final
 * stretch's (no later time, owed or not), later than every time started, and within its
 * startingDeadlineSeconds (without one it may start whenever). Any other unmet time is missed.
 */
export function mayYetStart(history: readonly CronJobSpecChange[], last: number, endMs: number, lastStartedMs: number, startingDeadlineMs: number | undefined): boolean {
  const final = history.length - 1;
  if (final < 0 || !owes(history[final]!) || last <= stretchBounds(history, final, endMs)[0] || last <= lastStartedMs) return false;
  return startingDeadlineMs === undefined || last + startingDeadlineMs >= endMs;
}

/**
 * The earliest end of a run at which the unmet owed time t counts as missed (mayYetStart turns
 * false): once the next owed time came (`nextOwedMs`), the CronJob's spec changed after t, or t's
 * starting deadline passed; Infinity while none of these happened.
 */
export function missedFromMs(history: readonly CronJobSpecChange[], t: number, nextOwedMs: number | undefined, startingDeadlineMs: number | undefined): number {
  const change = history.find((h) => h.atMs > t);
  return Math.min(nextOwedMs ?? Infinity, change?.atMs ?? Infinity, startingDeadlineMs === undefined ? Infinity : t + startingDeadlineMs + 1);
}

interface CronRuns {
  /** namespace/name */
  key: string;
  /** Jobs created for owed schedule times */
  started: number;
  lastStartedMs: number;
  startingDeadlineMs: number | undefined;
}

/**
 * Counts, per CronJob, the owed schedule times for which no Job was created, from the spec
 * history and the Jobs as they are created (no Job is kept: memory stays flat over a year of
 * minutely runs). The controller only ever starts the most recent unmet time, so a time with a
 * later one before the end is missed for good; the last one is missed only when its
 * startingDeadlineSeconds has passed (else it may yet start: left out, as undecided).
 */
export class CronRunTracker {
  private readonly runs = new Map<string, CronRuns>();
  /** each stretch's parsed schedule, parsed once */
  private readonly schedules = new Map<CronJobSpecChange, CronSchedule | null>();

  constructor(private readonly history: ReadonlyMap<string, readonly CronJobSpecChange[]>) {}

  cronJobChanged(cj: CronJob): void {
    let r = this.runs.get(cj.metadata.uid);
    if (!r) this.runs.set(cj.metadata.uid, (r = { key: `${cj.metadata.namespace ?? 'default'}/${cj.metadata.name}`, started: 0, lastStartedMs: -Infinity, startingDeadlineMs: undefined }));
    r.startingDeadlineMs = cj.spec.startingDeadlineSeconds === undefined ? undefined : goSecondsMs(cj.spec.startingDeadlineSeconds);
  }

  jobAdded(job: Job): void {
    const owner = job.metadata.ownerReferences?.find((o) => o.controller && o.kind === 'CronJob');
    const scheduled = job.metadata.annotations?.[CronJobScheduledTimestampAnnotation];
    if (!owner || scheduled === undefined) return;
    const r = this.runs.get(owner.uid);
    const history = this.history.get(owner.uid);
    const t = parseTime(scheduled);
    if (!r || !history || Number.isNaN(t) || !owedAt(history, t, this.schedules)) return;
    r.started++;
    if (t > r.lastStartedMs) r.lastStartedMs = t;
  }

  /** Per CronJob (namespace/name, in the order first seen): its owed schedule times up to endMs that never got a Job. */
  missed(endMs: number): Map<string, number> {
    const out = new Map<string, number>();
    for (const [uid, r] of this.runs) {
      const history = this.history.get(uid) ?? [];
      let owed = 0;
      let last = -Infinity;
      forEachOwedSlot(history, endMs, (t) => {
        owed++;
        last = t;
      });
      const undecided = mayYetStart(history, last, endMs, r.lastStartedMs, r.startingDeadlineMs) ? 1 : 0;
      out.set(r.key, (out.get(r.key) ?? 0) + Math.max(0, owed - r.started - undecided));
    }
    return out;
  }
}
