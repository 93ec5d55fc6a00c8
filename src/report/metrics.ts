// Run metrics for capacity planning: Job durations and outcomes, pod wait times, per-pool
// requested resources and pending pods over time (time-weighted, bounded series).

import type { Job, Pod } from '../api/types.ts';
import { CronJobScheduledTimestampAnnotation } from '../api/types.ts';
import { parseTime } from '../core/time.ts';

/** One bucket of a BoundedSeries, times in ms since the origin. */
interface Bucket {
  start: number;
  /** the largest value held in the bucket for some time (-Infinity: none yet) */
  max: number;
  /** the value at the bucket's last change: it carries on after the bucket */
  end: number;
}

/**
 * A step function kept as at most `maxBuckets` buckets aligned on the run's start, each with the
 * largest value held in it; buckets double in length when there are too many. A value replaced
 * at the same instant was never held and does not count. Read as points `[second, value]`: the
 * bucket's maximum at its start, and, when the value it ended with differs, that value from the
 * next bucket on (so that a drop shows where it happened, not at the next change), or, in the
 * last bucket, at the run's end.
 */
export class BoundedSeries {
  private buckets: Bucket[] = [];
  private bucketMs: number;
  /** the value now, and since when (ms since the origin); the series starts at 0 */
  private current = 0;
  private since = 0;

  constructor(
    private readonly originMs: number,
    startBucketMs = 1_000,
    private readonly maxBuckets = 1_000,
  ) {
    this.bucketMs = startBucketMs;
  }

  set(tMs: number, v: number): void {
    const t = tMs - this.originMs;
    const last = this.buckets[this.buckets.length - 1];
    // the value being replaced was held over [since, t): it counts in the bucket it was set in
    if (last && t > this.since) last.max = Math.max(last.max, this.current);
    const b = Math.floor(t / this.bucketMs) * this.bucketMs;
    if (last && last.start === b) last.end = v;
    else {
      // a new bucket; the value carried into it counts when it was held there for some time
      this.buckets.push({ start: b, max: t > b ? this.current : -Infinity, end: v });
      if (this.buckets.length > this.maxBuckets) this.compact();
    }
    this.current = v;
    this.since = t;
  }

  private compact(): void {
    this.bucketMs *= 2;
    const out: Bucket[] = [];
    for (const x of this.buckets) {
      const start = Math.floor(x.start / this.bucketMs) * this.bucketMs;
      const prev = out[out.length - 1];
      if (prev && prev.start === start) {
        prev.max = Math.max(prev.max, x.max);
        prev.end = x.end;
      } else {
        // the value carried in from before the first change counts if the merged bucket starts earlier
        const carried = x.start > start ? (prev ? prev.end : 0) : -Infinity;
        out.push({ start, max: Math.max(carried, x.max), end: x.end });
      }
    }
    this.buckets = out;
  }

  get resolutionMs(): number {
    return this.bucketMs;
  }

  /** Points `[seconds since the origin, value]` for a run that ended at `endMs`. */
  toJSON(endMs: number): Array<[number, number]> {
    const endT = endMs - this.originMs;
    const out: Array<[number, number]> = [];
    const push = (tMs: number, v: number) => {
      if (out.length > 0 && out[out.length - 1]![1] === v) return;
      out.push([Math.round(tMs / 1000), v]);
    };
    for (let i = 0; i < this.buckets.length; i++) {
      const b = this.buckets[i]!;
      let max = b.max;
      const last = i === this.buckets.length - 1;
      // the last value counts too when it was held until the end
      if (last && endT > this.since) max = Math.max(max, this.current);
      // a last bucket whose values were all set at the very end was never held: nothing to show
      if (last && max === -Infinity && endT <= this.since) break;
      if (max === -Infinity) max = b.end;
      push(b.start, max);
      const after = b.start + this.bucketMs;
      const next = this.buckets[i + 1]?.start ?? Infinity;
      // a different end value shows from the next bucket on, or, in the last bucket, at the run's end
      if (b.end !== max && after < next) push(Math.min(after, endT), b.end);
    }
    // every series starts at the run's start, where everything is 0
    if (out.length === 0 || out[0]![0] !== 0) {
      if (out.length > 0 && out[0]![1] === 0) out[0]![0] = 0;
      else out.unshift([0, 0]);
    }
    return out;
  }
}

/** Time-weighted average of a step function; the peak counts only values held for some time. */
export class TimeWeighted {
  private area = 0;
  private lastT: number;
  private value = 0;
  private heldPeak = 0;
  constructor(private readonly t0: number) {
    this.lastT = t0;
  }
  set(tMs: number, v: number): void {
    if (tMs > this.lastT && this.value > this.heldPeak) this.heldPeak = this.value;
    this.area += this.value * (tMs - this.lastT);
    this.lastT = tMs;
    this.value = v;
  }
  /** the largest value that lasted a positive time by `endMs` (values replaced within the same instant do not count) */
  peak(endMs: number): number {
    return endMs > this.lastT ? Math.max(this.heldPeak, this.value) : this.heldPeak;
  }
  mean(endMs: number): number {
    const area = this.area + this.value * (endMs - this.lastT);
    const span = endMs - this.t0;
    return span > 0 ? area / span : this.value;
  }
}

/**
 * Nearest-rank percentiles from a histogram of the values (milliseconds): exact while there are at
 * most `maxBins` distinct values; past that, values are grouped into bins of 2, 4, 8 ... ms and a
 * percentile is the lower edge of its bin. Memory stays bounded and every value counts (a sample
 * of every k-th value would alias with periodic workloads).
 */
export class Samples {
  private bins = new Map<number, number>();
  private binMs = 1;
  count = 0;
  sum = 0;
  max = -Infinity;
  constructor(private readonly maxBins = 100_000) {}
  add(x: number): void {
    this.count++;
    this.sum += x;
    if (x > this.max) this.max = x;
    const k = Math.floor(x / this.binMs) * this.binMs;
    this.bins.set(k, (this.bins.get(k) ?? 0) + 1);
    if (this.bins.size > this.maxBins) this.widen();
  }
  private widen(): void {
    this.binMs *= 2;
    const bins = new Map<number, number>();
    for (const [k, n] of this.bins) {
      const w = Math.floor(k / this.binMs) * this.binMs;
      bins.set(w, (bins.get(w) ?? 0) + n);
    }
    this.bins = bins;
  }
  /** the bin width in ms (1: every percentile is exact) */
  get resolutionMs(): number {
    return this.binMs;
  }
  /** nearest-rank percentile */
  percentile(p: number): number | null {
    if (this.count === 0) return null;
    const rank = Math.min(this.count, Math.max(1, Math.ceil((p / 100) * this.count)));
    const keys = [...this.bins.keys()].sort((a, b) => a - b);
    let seen = 0;
    for (const k of keys) {
      seen += this.bins.get(k)!;
      if (seen >= rank) return k;
    }
    return keys[keys.length - 1]!;
  }
}

export interface PoolUsage {
  cpuMilliCapacity: number;
  memoryCapacity: number;
  cpuRequested: TimeWeighted;
  memRequested: TimeWeighted;
  cpuSeries: BoundedSeries;
  memSeries: BoundedSeries;
  pending: TimeWeighted;
  pendingSeries: BoundedSeries;
  cpuNow: number;
  memNow: number;
  pendingNow: number;
  /** extended resources the pool offers (nvidia.com/gpu): capacity and requests over time */
  extended?: Map<string, { capacity: number; requested: TimeWeighted; now: number }>;
}

export class Metrics {
  readonly jobDurations = new Samples();
  readonly podWait = new Samples();
  jobsComplete = 0;
  jobsFailed = 0;
  readonly failedReasons: Record<string, number> = {};
  podsSucceeded = 0;
  podsFailed = 0;
  lastJobFinishMs: number | null = null;
  readonly pools = new Map<string, PoolUsage>();
  readonly pendingTotal: TimeWeighted;
  readonly pendingSeries: BoundedSeries;
  private pendingNow = 0;
  private seenTerminal = new Set<string>();
  /** Jobs not yet finished: when they were created */
  private createdMs = new Map<string, number>();
  /** per CronJob (namespace/name): its finished Jobs against their scheduled times */
  private readonly cronJobs = new Map<string, CronJobRuns>();

  constructor(private readonly startMs: number) {
    this.pendingTotal = new TimeWeighted(startMs);
    this.pendingSeries = new BoundedSeries(startMs);
  }

  addPool(name: string, cpuMilli: number, memory: number, extended?: ReadonlyMap<string, number>): void {
    const p = this.pools.get(name);
    if (p) {
      p.cpuMilliCapacity += cpuMilli;
      p.memoryCapacity += memory;
      for (const [r, n] of extended ?? []) {
        const e = (p.extended ??= new Map()).get(r);
        if (e) e.capacity += n;
        else p.extended.set(r, { capacity: n, requested: new TimeWeighted(this.startMs), now: 0 });
      }
      return;
    }
    this.pools.set(name, {
      cpuMilliCapacity: cpuMilli,
      memoryCapacity: memory,
      cpuRequested: new TimeWeighted(this.startMs),
      memRequested: new TimeWeighted(this.startMs),
      cpuSeries: new BoundedSeries(this.startMs),
      memSeries: new BoundedSeries(this.startMs),
      pending: new TimeWeighted(this.startMs),
      pendingSeries: new BoundedSeries(this.startMs),
      cpuNow: 0,
      memNow: 0,
      pendingNow: 0,
    });
  }

  podRequested(pool: string, nowMs: number, cpuDelta: number, memDelta: number, scalar?: ReadonlyMap<string, number>, sign: 1 | -1 = 1): void {
    const p = this.pools.get(pool);
    if (!p) return;
    for (const [r, n] of scalar ?? []) {
      const e = p.extended?.get(r);
      if (!e) continue;
      e.now += sign * n;
      e.requested.set(nowMs, e.now);
    }
    p.cpuNow += cpuDelta;
    p.memNow += memDelta;
    p.cpuRequested.set(nowMs, p.cpuNow);
    p.memRequested.set(nowMs, p.memNow);
    p.cpuSeries.set(nowMs, p.cpuNow);
    p.memSeries.set(nowMs, p.memNow);
  }

  pendingChanged(nowMs: number, delta: number): void {
    this.pendingNow += delta;
    this.pendingTotal.set(nowMs, this.pendingNow);
    this.pendingSeries.set(nowMs, this.pendingNow);
  }

  podBound(waitedMs: number): void {
    this.podWait.add(waitedMs);
  }

  podTerminal(pod: Pod): void {
    if (pod.status.phase === 'Succeeded') this.podsSucceeded++;
    else this.podsFailed++;
  }

  jobChanged(job: Job, nowMs: number): void {
    const uid = job.metadata.uid;
    // the creation instant to the millisecond (creationTimestamp keeps only the second)
    if (!this.createdMs.has(uid) && !this.seenTerminal.has(uid)) this.createdMs.set(uid, nowMs);
    if (this.seenTerminal.has(uid)) return;
    for (const c of job.status.conditions ?? []) {
      if (c.status !== 'True' || (c.type !== 'Complete' && c.type !== 'Failed')) continue;
      this.seenTerminal.add(uid);
      if (c.type === 'Complete') this.jobsComplete++;
      else {
        this.jobsFailed++;
        const r = c.reason ?? '';
        this.failedReasons[r] = (this.failedReasons[r] ?? 0) + 1;
      }
      const createdMs = this.createdMs.get(uid) ?? parseTime(job.metadata.creationTimestamp);
      this.jobDurations.add(nowMs - createdMs);
      this.cronJobRunFinished(job, c.type === 'Complete', createdMs, nowMs);
      this.createdMs.delete(uid);
      this.lastJobFinishMs = nowMs;
      return;
    }
  }

  /** "Did the 02:00 run finish by 06:00?": a CronJob's Job measured from its scheduled time. */
  private cronJobRunFinished(job: Job, complete: boolean, createdMs: number, nowMs: number): void {
    const scheduled = job.metadata.annotations?.[CronJobScheduledTimestampAnnotation];
    const owner = job.metadata.ownerReferences?.find((r) => r.controller && r.kind === 'CronJob');
    if (scheduled === undefined || !owner) return;
    const scheduledMs = parseTime(scheduled);
    if (Number.isNaN(scheduledMs)) return;
    const key = `${job.metadata.namespace ?? 'default'}/${owner.name}`;
    let runs = this.cronJobs.get(key);
    if (!runs) this.cronJobs.set(key, (runs = { complete: 0, failed: 0, startDelay: new Samples(), finishedAfter: new Samples() }));
    if (complete) runs.complete++;
    else runs.failed++;
    runs.startDelay.add(Math.max(0, createdMs - scheduledMs));
    runs.finishedAfter.add(nowMs - scheduledMs);
  }

  jobGone(uid: string): void {
    this.seenTerminal.delete(uid);
    this.createdMs.delete(uid);
  }

  /** `missedSchedules`: per CronJob (namespace/name), owed schedule times that never got a Job */
  toJSON(endMs: number, missedSchedules: ReadonlyMap<string, number> = new Map()): Record<string, unknown> {
    const sec = (ms: number | null) => (ms === null ? null : Math.round(ms) / 1000);
    const pools: Record<string, unknown> = {};
    for (const [name, p] of this.pools) {
      pools[name] = {
        cpuCapacityMilli: p.cpuMilliCapacity,
        memoryCapacityBytes: p.memoryCapacity,
        cpuRequestedMeanMilli: Math.round(p.cpuRequested.mean(endMs)),
        cpuRequestedPeakMilli: p.cpuRequested.peak(endMs),
        cpuUtilization: p.cpuMilliCapacity ? round4(p.cpuRequested.mean(endMs) / p.cpuMilliCapacity) : 0,
        memoryRequestedMeanBytes: Math.round(p.memRequested.mean(endMs)),
        memoryRequestedPeakBytes: p.memRequested.peak(endMs),
        memoryUtilization: p.memoryCapacity ? round4(p.memRequested.mean(endMs) / p.memoryCapacity) : 0,
        ...(p.extended && p.extended.size > 0
          ? {
              extended: Object.fromEntries(
                [...p.extended].sort(([a], [b]) => (a < b ? -1 : 1)).map(([r, e]) => [
                  r,
                  { capacity: e.capacity, requestedMean: round4(e.requested.mean(endMs)), requestedPeak: e.requested.peak(endMs), utilization: e.capacity ? round4(e.requested.mean(endMs) / e.capacity) : 0 },
                ]),
              ),
            }
          : {}),
        series: {
          resolutionSeconds: p.cpuSeries.resolutionMs / 1000,
          cpuRequestedMilli: p.cpuSeries.toJSON(endMs),
          memoryRequestedBytes: p.memSeries.toJSON(endMs),
        },
      };
    }
    return {
      jobs: {
        complete: this.jobsComplete,
        failed: this.jobsFailed,
        failedReasons: sortKeys(this.failedReasons),
        durationSeconds: {
          p50: sec(this.jobDurations.percentile(50)),
          p95: sec(this.jobDurations.percentile(95)),
          p99: sec(this.jobDurations.percentile(99)),
          max: this.jobDurations.count ? sec(this.jobDurations.max) : null,
        },
        lastFinishedAt: this.lastJobFinishMs === null ? null : sec(this.lastJobFinishMs - this.startMs),
      },
      pods: {
        succeeded: this.podsSucceeded,
        failed: this.podsFailed,
        schedulingWaitSeconds: {
          p50: sec(this.podWait.percentile(50)),
          p95: sec(this.podWait.percentile(95)),
          max: this.podWait.count ? sec(this.podWait.max) : null,
        },
        pendingMean: round4(this.pendingTotal.mean(endMs)),
        pendingPeak: this.pendingTotal.peak(endMs),
        pendingSeries: { resolutionSeconds: this.pendingSeries.resolutionMs / 1000, points: this.pendingSeries.toJSON(endMs) },
      },
      pools,
      cronJobs: Object.fromEntries(
        [...new Set([...this.cronJobs.keys(), ...[...missedSchedules].filter(([, n]) => n > 0).map(([k]) => k)])].sort().map((k) => {
          const r = this.cronJobs.get(k) ?? { complete: 0, failed: 0, startDelay: new Samples(), finishedAfter: new Samples() };
          return [
            k,
            {
              complete: r.complete,
              failed: r.failed,
              missedSchedules: missedSchedules.get(k) ?? 0,
              startDelaySeconds: { p50: sec(r.startDelay.percentile(50)), p95: sec(r.startDelay.percentile(95)), max: r.startDelay.count ? sec(r.startDelay.max) : null },
              finishedAfterScheduleSeconds: {
                p50: sec(r.finishedAfter.percentile(50)),
                p95: sec(r.finishedAfter.percentile(95)),
                p99: sec(r.finishedAfter.percentile(99)),
                max: r.finishedAfter.count ? sec(r.finishedAfter.max) : null,
              },
            },
          ];
        }),
      ),
    };
  }
}

interface CronJobRuns {
  complete: number;
  failed: number;
  /** from the scheduled time to the Job's creation */
  startDelay: Samples;
  /** from the scheduled time to the Job's Complete/Failed condition */
  finishedAfter: Samples;
}

function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

function sortKeys(o: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of Object.keys(o).sort()) out[k] = o[k]!;
  return out;
}
