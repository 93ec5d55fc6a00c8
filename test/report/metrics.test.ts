// Metrics: the bounded step series behind the sparklines, and pod counts whoever ends the pod.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundedSeries } from '../../src/report/metrics.ts';
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
