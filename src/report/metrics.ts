// Run metrics for capacity planning: Job durations and outcomes, pod wait times, per-pool
// requested resources and pending pods over time (time-weighted, bounded series).

import type { Job, Pod } from '../api/types.ts';
import { parseTime } from '../core/time.ts';

/** A step-function series kept to at most `maxPoints` by merging buckets (keeping the maximum). */
export class BoundedSeries {
  private points: Array<[number, number]> = [];
  private bucketMs: number;
  constructor(
    startBucketMs = 1_000,
    private readonly maxPoints = 1_000,
  ) {
    this.bucketMs = startBucketMs;
  }

  private lastT = -Infinity;
  private lastHeld = 0;

  set(tMs: number, v: number): void {
    const b = Math.floor(tMs / this.bucketMs) * this.bucketMs;
    const last = this.points[this.points.length - 1];
    // a value replaced at the same instant was never held: it does not count toward the bucket's max
    if (tMs > this.lastT) this.lastHeld = last ? last[1] : 0;
    this.lastT = tMs;
    if (last && last[0] === b) {
      last[1] = Math.max(this.lastHeld, v);
      return;
    }
    if (last && last[1] === v) return;
    this.points.push([b, v]);
    if (this.points.length > this.maxPoints) this.compact();
  }

  private compact(): void {
    this.bucketMs *= 2;
    const out: Array<[number, number]> = [];
    for (const [t, v] of this.points) {
      const b = Math.floor(t / this.bucketMs) * this.bucketMs;
      const last = out[out.length - 1];
      if (last && last[0] === b) last[1] = Math.max(last[1], v);
      else out.push([b, v]);
    }
    this.points = out;
  }

  get resolutionMs(): number {
    return this.bucketMs;
  }

  toJSON(startMs: number): Array<[number, number]> {
    return this.points.map(([t, v]) => [Math.round((t - startMs) / 1000), v]);
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
  /** the largest value that lasted a positive time (values replaced within the same instant do not count) */
  get peak(): number {
    return Math.max(this.heldPeak, this.value);
  }
  mean(endMs: number): number {
    const area = this.area + this.value * (endMs - this.lastT);
    const span = endMs - this.t0;
    return span > 0 ? area / span : this.value;
  }
}

/** Exact percentiles over a bounded reservoir: exact up to `cap` samples, then every k-th sample. */
export class Samples {
  private xs: number[] = [];
  private stride = 1;
  private seen = 0;
  count = 0;
  sum = 0;
  max = -Infinity;
  constructor(private readonly cap = 200_000) {}
  add(x: number): void {
    this.count++;
    this.sum += x;
    if (x > this.max) this.max = x;
    if (this.seen++ % this.stride !== 0) return;
    this.xs.push(x);
    if (this.xs.length >= this.cap) {
      this.xs = this.xs.filter((_, i) => i % 2 === 0);
      this.stride *= 2;
    }
  }
  /** nearest-rank percentile */
  percentile(p: number): number | null {
    if (this.xs.length === 0) return null;
    const s = this.xs.slice().sort((a, b) => a - b);
    const rank = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
    return s[rank]!;
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
  readonly pendingSeries = new BoundedSeries(1_000);
  private pendingNow = 0;
  private seenTerminal = new Set<string>();

  constructor(private readonly startMs: number) {
    this.pendingTotal = new TimeWeighted(startMs);
  }

  addPool(name: string, cpuMilli: number, memory: number): void {
    const p = this.pools.get(name);
    if (p) {
      p.cpuMilliCapacity += cpuMilli;
      p.memoryCapacity += memory;
      return;
    }
    this.pools.set(name, {
      cpuMilliCapacity: cpuMilli,
      memoryCapacity: memory,
      cpuRequested: new TimeWeighted(this.startMs),
      memRequested: new TimeWeighted(this.startMs),
      cpuSeries: new BoundedSeries(),
      memSeries: new BoundedSeries(),
      pending: new TimeWeighted(this.startMs),
      pendingSeries: new BoundedSeries(),
      cpuNow: 0,
      memNow: 0,
      pendingNow: 0,
    });
  }

  podRequested(pool: string, nowMs: number, cpuDelta: number, memDelta: number): void {
    const p = this.pools.get(pool);
    if (!p) return;
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
      this.jobDurations.add(nowMs - parseTime(job.metadata.creationTimestamp));
      this.lastJobFinishMs = nowMs;
      return;
    }
  }

  jobGone(uid: string): void {
    this.seenTerminal.delete(uid);
  }

  toJSON(endMs: number): Record<string, unknown> {
    const sec = (ms: number | null) => (ms === null ? null : Math.round(ms) / 1000);
    const pools: Record<string, unknown> = {};
    for (const [name, p] of this.pools) {
      pools[name] = {
        cpuCapacityMilli: p.cpuMilliCapacity,
        memoryCapacityBytes: p.memoryCapacity,
        cpuRequestedMeanMilli: Math.round(p.cpuRequested.mean(endMs)),
        cpuRequestedPeakMilli: p.cpuRequested.peak,
        cpuUtilization: p.cpuMilliCapacity ? round4(p.cpuRequested.mean(endMs) / p.cpuMilliCapacity) : 0,
        memoryRequestedMeanBytes: Math.round(p.memRequested.mean(endMs)),
        memoryRequestedPeakBytes: p.memRequested.peak,
        memoryUtilization: p.memoryCapacity ? round4(p.memRequested.mean(endMs) / p.memoryCapacity) : 0,
        series: {
          resolutionSeconds: p.cpuSeries.resolutionMs / 1000,
          cpuRequestedMilli: p.cpuSeries.toJSON(this.startMs),
          memoryRequestedBytes: p.memSeries.toJSON(this.startMs),
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
        lastFinishedAt: this.lastJobFinishMs === null ? null : Math.round((this.lastJobFinishMs - this.startMs) / 1000),
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
        pendingPeak: this.pendingTotal.peak,
        pendingSeries: { resolutionSeconds: this.pendingSeries.resolutionMs / 1000, points: this.pendingSeries.toJSON(this.startMs) },
      },
      pools,
    };
  }
}

function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

function sortKeys(o: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of Object.keys(o).sort()) out[k] = o[k]!;
  return out;
}
