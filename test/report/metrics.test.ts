// Metrics: the bounded step series behind the sparklines, and pod counts whoever ends the pod.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundedSeries, Samples, TimeWeighted } from '../../src/report/metrics.ts';
import { simulate } from '../../src/index.ts';
import { jobYaml, simYaml } from '../fixtures/result.ts';

const T0 = Date.UTC(2026, 0, 1);
const S = 1000;

/** Builds a series at origin T0 from [second, value] changes and reads it at `endSec`. */
function series(changes: Array<[number, number]>, endSec: number, bucketMs = 1_000, maxBuckets = 1_000): Array<[number, number]> {
  const s = new BoundedSeries(T0, bucketMs, maxBuckets);
  for (const [t, v] of changes) s.set(T0 + t * S, v);
  return s.toJSON(T0 + endSec * S);
}

describe('BoundedSeries', () => {
  const cases: Array<[string, Array<[number, number]>, number, number, number, Array<[number, number]>]> = [
    ['one value per second bucket', [[0, 1], [5, 3], [9, 0]], 20, 1000, 1000, [[0, 1], [5, 3], [9, 0]]],
    ['a value replaced at the same instant was never held', [[0, 6], [0, 8], [10, 2]], 20, 1000, 1000, [[0, 8], [10, 2]]],
    ['a drop inside a bucket shows from the next bucket on, not at the next change', [[0, 6], [1, 8], [3, 4]], 100, 2000, 1000, [[0, 8], [4, 4]]],
    ['a drop to 0 at the very end of the changes is not lost', [[0, 5], [10, 5], [10.5, 0]], 60, 2000, 1000, [[0, 5], [12, 0]]],
    ['the value carried into a bucket counts in its maximum', [[0, 12], [7.5, 11]], 20, 4000, 1000, [[0, 12], [8, 11]]],
    ['compacted buckets stay aligned on the start (no negative seconds)', [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5]], 10, 1000, 3, [[0, 2], [2, 4], [4, 5]]],
    ['a series starts at [0, 0] when its first change comes later', [[7200, 1000], [10801, 0]], 20000, 1000, 1000, [[0, 0], [7200, 1000], [10801, 0]]],
    ['an idle series is [[0, 0]]', [], 60, 1000, 1000, [[0, 0]]],
    ['a value set at the last instant was never held: no point for it', [[0, 1], [100, 3]], 100, 1000, 1000, [[0, 1]]],
  ];
  for (const [name, changes, end, bucket, max, want] of cases) it(name, () => expect(series(changes, end, bucket, max)).toEqual(want));

  it('property: read as steps, every point lies between the smallest and largest value held in its span, and the last point is the final value', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 9 })), { minLength: 1, maxLength: 60 }), fc.integer({ min: 2, max: 8 }), (steps, maxBuckets) => {
        let t = 0;
        const changes: Array<[number, number]> = steps.map(([dt, v]) => [(t += dt), v]);
        const end = t + 5;
        const pts = series(changes, end, 1000, maxBuckets);
        // the value held at each second (the last change at or before it)
        const at = (sec: number) => {
          let v = 0;
          for (const [ct, cv] of changes) if (ct <= sec) v = cv;
          return v;
        };
        const values = changes.map(([, v]) => v);
        for (const [, v] of pts) expect(values.concat(0)).toContain(v);
        expect(pts[pts.length - 1]![1]).toBe(at(end));
        for (const [sec] of pts) expect(sec).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});

describe('Samples (nearest-rank percentiles)', () => {
  it('every value counts: alternating short and long durations give the long one at p95 (no aliasing)', () => {
    const s = new Samples(1_000);
    for (let i = 0; i < 10_000; i++) s.add(i % 2 === 0 ? 6_000 : 31_000);
    expect([s.percentile(50), s.percentile(95), s.percentile(99)]).toEqual([6_000, 31_000, 31_000]);
  });
  it('exact with few distinct values; past the bin limit, a percentile is its bin\'s lower edge', () => {
    const exact = new Samples(100);
    [5, 1, 4, 2, 3].forEach((x) => exact.add(x));
    expect([exact.percentile(20), exact.percentile(50), exact.percentile(100)]).toEqual([1, 3, 5]);
    const binned = new Samples(4);
    for (let x = 0; x < 16; x++) binned.add(x);
    expect(binned.resolutionMs).toBe(4);
    expect(binned.percentile(50)).toBe(4); // rank 8 is 7, in the bin [4, 8)
    expect(binned.max).toBe(15);
  });
  it('property: with distinct values within the bin limit, the percentile is the sorted array\'s nearest rank', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 200 }), fc.integer({ min: 1, max: 100 }), (xs, p) => {
        const s = new Samples(1_000);
        xs.forEach((x) => s.add(x));
        const sorted = xs.slice().sort((a, b) => a - b);
        expect(s.percentile(p)).toBe(sorted[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)]);
      }),
      { numRuns: 200, seed: 5 },
    );
  });
});

describe('TimeWeighted peak', () => {
  it('a value set at the run\'s last instant is not a peak; one held for any time is', () => {
    const w = new TimeWeighted(0);
    w.set(0, 1);
    w.set(100, 3);
    expect(w.peak(100)).toBe(1);
    expect(w.peak(101)).toBe(3);
  });
});

describe('pod metrics whoever ends the pod', () => {
  it('pods the pod GC fails (their node was deleted) count as failed', () => {
    const yaml = `${simYaml('gc', `duration: 10m
cluster:
  nodePools:
  - { name: w, count: 2, capacity: { cpu: "4", memory: 16Gi, pods: 110 } }
faults:
- { at: 1m, deleteNode: w-1 }`)}${jobYaml('j', 'completions: 1', { duration: '1h', templateExtra: 'nodeSelector: { kubernetes.io/hostname: w-1 }' })}`;
    const r = simulate(yaml);
    const failedPods = (r.items ?? []).filter((o) => o.kind === 'Pod' && (o as { status: { phase: string } }).status.phase === 'Failed').length;
    expect(failedPods).toBe(1);
    expect((r.metrics as { pods: { failed: number } }).pods.failed).toBe(1);
  });

  it('pods created bound (spec.nodeName) request resources from the start', () => {
    const yaml = `${simYaml('bound', `cluster:
  nodePools:
  - { name: w, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 } }`)}${jobYaml('j', 'completions: 2\nparallelism: 2', { duration: '10m', templateExtra: 'nodeName: w-1' }).replace('image: busybox:1.36', 'image: busybox:1.36\n        resources: { requests: { cpu: "1" } }')}`;
    const r = simulate(yaml);
    const pool = (r.metrics as { pools: Record<string, { cpuRequestedPeakMilli: number }> }).pools['w']!;
    expect(pool.cpuRequestedPeakMilli).toBe(2000);
    expect((r.metrics as { pods: { succeeded: number } }).pods.succeeded).toBe(2);
  });
});

describe('Job durations', () => {
  it('from the creation instant to the millisecond: a CronJob Job created 100ms after the minute that completes 11s later lasts 11s', () => {
    const yaml = `apiVersion: batch/v1
kind: CronJob
metadata: { name: hello }
spec:
  schedule: "*/1 * * * *"
  jobTemplate:
    spec:
      template:
        spec: { containers: [{ name: c, image: busybox }], restartPolicy: OnFailure }
`;
    const r = simulate(yaml, { duration: '5m' });
    expect((r.metrics as { jobs: { durationSeconds: { p50: number; max: number } } }).jobs.durationSeconds).toMatchObject({ p50: 11, max: 11 });
  });
});

describe('CronJob runs against their scheduled times (metrics.cronJobs)', () => {
  it('a nightly run the controller starts late after an outage: started late and finished after the scheduled time', () => {
    const yaml = `${simYaml('late', 'start: "2026-01-01T00:00:00Z"\nduration: 2d\nfaults:\n- { at: 1h55m, controllerDown: cronjob, for: 20m }')}apiVersion: batch/v1
kind: CronJob
metadata: { name: nightly, namespace: ops }
spec:
  schedule: "0 2 * * *"
  startingDeadlineSeconds: 3600
  jobTemplate:
    spec:
      template:
        metadata: { annotations: { jobsim/duration: "30m" } }
        spec: { containers: [{ name: c, image: busybox }], restartPolicy: Never }
`;
    const r = simulate(yaml);
    const runs = (r.metrics as { cronJobs: Record<string, { complete: number; failed: number; startDelaySeconds: Record<string, number>; finishedAfterScheduleSeconds: Record<string, number> }> }).cronJobs;
    expect(Object.keys(runs)).toEqual(['ops/nightly']);
    const n = runs['ops/nightly']!;
    expect([n.complete, n.failed]).toEqual([2, 0]);
    // day 1: the controller is back at 02:15 and starts the 02:00 run then (within the deadline);
    // day 2: on time, 100ms after the minute (the controller's requeue)
    expect(n.startDelaySeconds).toEqual({ p50: 0.1, p95: 900, max: 900 });
    // a 30m run (plus the Job controller's 1s batching of the pod's end)
    expect(n.finishedAfterScheduleSeconds.max).toBe(900 + 1800 + 1);
    expect(n.finishedAfterScheduleSeconds.p50).toBe(0.1 + 1800 + 1);
  });

  it('Jobs of no CronJob are not in it; a run without CronJobs has none', () => {
    const r = simulate(jobYaml('solo', 'completions: 1'));
    expect((r.metrics as { cronJobs: object }).cronJobs).toEqual({});
  });
});
