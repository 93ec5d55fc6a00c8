// The capacity sweep: sizes, pool counts written into the documents, runs that agree with plain
// runs of the same size and seed, the service-level share and the smallest size that meets it.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/index.ts';
import { sweep, sweepSizes, withPoolCounts } from '../../src/sim/sweep.ts';

type Doc = Record<string, unknown>;

/** A nightly burst of one Job: 8 pods of 2 CPU, 10-20 minutes each, on 8-CPU nodes. */
function burst(count = 1): Doc[] {
  return [
    {
      apiVersion: 'jobsim/v1alpha1',
      kind: 'Simulation',
      metadata: { name: 'burst' },
      spec: {
        seed: 3,
        cluster: { nodePools: [{ name: 'batch', count, capacity: { cpu: '8', memory: '32Gi', pods: 110 } }, { name: 'infra', count: 1, capacity: { cpu: '2', memory: '4Gi', pods: 10 }, taints: [{ key: 'infra', effect: 'NoSchedule' }] }] },
        behaviors: [{ selector: { matchLabels: { app: 'etl' } }, duration: { uniform: ['10m', '20m'] } }],
      },
    },
    {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'etl' },
      spec: {
        completions: 8,
        parallelism: 8,
        template: { metadata: { labels: { app: 'etl' } }, spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'etl', resources: { requests: { cpu: '2' } } }] } },
      },
    },
  ];
}

describe('sweepSizes: every combination, the first pool outermost', () => {
  it.each([
    ['no pools: the scenario as written', [], [{}]],
    ['one pool', [{ name: 'a', counts: [1, 2] }], [{ a: 1 }, { a: 2 }]],
    [
      'two pools',
      [
        { name: 'a', counts: [1, 2] },
        { name: 'b', counts: [5, 6] },
      ],
      [{ a: 1, b: 5 }, { a: 1, b: 6 }, { a: 2, b: 5 }, { a: 2, b: 6 }],
    ],
  ])('%s', (_n, pools, want) => expect(sweepSizes(pools)).toEqual(want));
});

describe('withPoolCounts', () => {
  it('sets the named pool count and leaves the documents given untouched', () => {
    const docs = burst(1);
    const out = withPoolCounts(docs, { batch: 4 });
    const pools = (out[0]!['spec'] as { cluster: { nodePools: Array<{ name: string; count: number }> } }).cluster.nodePools;
    expect(pools.map((p) => [p.name, p.count])).toEqual([['batch', 4], ['infra', 1]]);
    expect((docs[0]!['spec'] as { cluster: { nodePools: Array<{ count: number }> } }).cluster.nodePools[0]!.count).toBe(1);
  });
  it('adds a Simulation with the default pool when the scenario has none', () => {
    const out = withPoolCounts([burst()[1]!], { node: 7 });
    expect(out[0]).toMatchObject({ kind: 'Simulation', spec: { cluster: { nodePools: [{ name: 'node', count: 7, capacity: { cpu: '4', memory: '16Gi', pods: 110 } }] } } });
  });
});

describe('sweep', () => {
  const result = sweep(burst(), { pools: [{ name: 'batch', counts: [1, 2] }], seeds: [3, 4, 5], withinMs: 30 * 60_000, target: 0.95 }).result!;

  it('runs every size with every seed, in order', () => {
    expect(result.rows.map((r) => [r.pools, r.nodes, r.runs.map((x) => x.seed)])).toEqual([
      [{ batch: 1 }, 2, [3, 4, 5]],
      [{ batch: 2 }, 3, [3, 4, 5]],
    ]);
  });

  it('a run agrees with `jobsim run` of that size and seed', () => {
    for (const row of result.rows) {
      for (const run of row.runs) {
        const plain = simulate(withPoolCounts(burst(), row.pools), { seed: run.seed }).metrics as { jobs: { complete: number; durationSeconds: { p95: number } }; pods: { pendingPeak: number; schedulingWaitSeconds: { p95: number } }; pools: Record<string, { cpuRequestedMeanMilli: number }> };
        expect(run.jobs).toMatchObject({ created: 1, complete: plain.jobs.complete, failed: 0, unfinished: 0 });
        expect(run.jobDurationP95Seconds).toBe(plain.jobs.durationSeconds.p95);
        expect(run.podWaitP95Seconds).toBe(plain.pods.schedulingWaitSeconds.p95);
        expect(run.pendingPeak).toBe(plain.pods.pendingPeak);
      }
    }
  });

  it('one 8-CPU node runs 4 of the 8 pods at a time: two rounds, past 30 minutes; two nodes run them all at once, within it', () => {
    const [one, two] = result.rows;
    expect(one!.runs.every((r) => r.jobDurationP95Seconds! > 20 * 60 && r.pendingPeak === 4)).toBe(true);
    expect(one!.summary).toMatchObject({ jobsCreated: 3, complete: 3, withinSloShare: 0, withinSloWorstSeedShare: 0, meetsTarget: false, pendingPeakMax: 4 });
    expect(two!.runs.every((r) => r.jobDurationP95Seconds! <= 20 * 60 && r.pendingPeak === 0)).toBe(true);
    expect(two!.summary).toMatchObject({ jobsCreated: 3, complete: 3, withinSloShare: 1, withinSloWorstSeedShare: 1, meetsTarget: true, pendingPeakMax: 0, podWaitP95SecondsWorst: 0 });
    expect(result.smallest).toEqual({ pools: { batch: 2 }, nodes: 3, withinSloShare: 1 });
    // four pods of 2 CPU fill the 8-CPU node; the tainted infra pool stays idle
    expect(one!.runs[0]!.pools).toMatchObject({ batch: { cpuPeakUtilization: 1 }, infra: { cpuUtilization: 0, cpuPeakUtilization: 0 } });
    expect(one!.summary.cpuPeakUtilizationMax).toBe(1);
  });

  it('pooled Job durations are the nearest-rank percentiles of every seed\'s Jobs', () => {
    const s = result.rows[0]!.summary.jobDurationSeconds!;
    const all = result.rows[0]!.runs.map((r) => r.jobDurationP95Seconds!).sort((a, b) => a - b);
    // one Job per seed: p50 is the 2nd of 3, p95 and max the 3rd
    expect(s).toEqual({ p50: all[1], p95: all[2], max: all[2] });
  });

  it('is deterministic', () => {
    const again = sweep(burst(), { pools: [{ name: 'batch', counts: [1, 2] }], seeds: [3, 4, 5], withinMs: 30 * 60_000, target: 0.95 }).result!;
    expect(JSON.stringify(again)).toBe(JSON.stringify(result));
  });

  it('a size that breaks the scenario is an input problem, named by its size, and nothing runs', () => {
    const docs = burst(3);
    (docs[0]!['spec'] as Doc)['faults'] = [{ at: '5m', nodeDown: 'batch-3', for: '1m' }];
    const out = sweep(docs, { pools: [{ name: 'batch', counts: [2, 3] }], seeds: [1] });
    expect(out.result).toBeUndefined();
    expect(out.issues.map((i) => [i.file, i.message])).toEqual([['--pool batch=2', 'nodes "batch-3" not found']]);
  });

  it('without a service level there is no share and no smallest size; a Job failed or unfinished is counted as such', () => {
    const docs = burst(1);
    (docs[1]!['spec'] as Doc)['activeDeadlineSeconds'] = 600;
    const r = sweep(docs, { pools: [], seeds: [1], durationMs: 5 * 60_000 }).result!;
    expect(r.rows[0]!.summary).toMatchObject({ jobsCreated: 1, complete: 0, failed: 0, unfinished: 1, withinSloShare: null, meetsTarget: null });
    const r2 = sweep(docs, { pools: [], seeds: [1] }).result!;
    expect(r2.rows[0]!.summary).toMatchObject({ failed: 1, unfinished: 0 });
    expect(r2.smallest).toBeNull();
  });
});

describe('sweep: a CronJob\'s Jobs are measured from their scheduled time', () => {
  it('a Job created late by a controller outage misses a service level it would meet from its creation', () => {
    const docs: Doc[] = [
      { apiVersion: 'jobsim/v1alpha1', kind: 'Simulation', metadata: { name: 'late' }, spec: { duration: '2h', faults: [{ at: '59m', controllerDown: 'cronjob', for: '20m' }] } },
      { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'hourly' }, spec: { schedule: '0 * * * *', jobTemplate: { spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'x' }] } } } } } },
    ];
    const r = sweep(docs, { pools: [], seeds: [1], withinMs: 5 * 60_000 }).result!;
    // 01:00 is missed while the controller is down and started at 01:19 on its return: 19m after
    // its schedule; the Job itself takes 10s
    expect(r.rows[0]!.runs[0]!.jobs).toEqual({ created: 1, complete: 1, failed: 0, unfinished: 0, withinSlo: 0, undetermined: 0, missed: 0 });
    expect(r.rows[0]!.summary.jobDurationSeconds!.max).toBeLessThan(60);
  });
});

describe('sweep: Jobs the service level cannot judge', () => {
  const nightly = (extra: Doc = {}): Doc[] => [
    { apiVersion: 'jobsim/v1alpha1', kind: 'Simulation', metadata: { name: 'n' }, spec: { duration: '2d', behaviors: [{ selector: { matchLabels: { app: 'n' } }, duration: '3h' }], ...extra } },
    {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'late' },
      spec: { schedule: '0 22 * * *', jobTemplate: { spec: { template: { metadata: { labels: { app: 'n' } }, spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'x' }] } } } } },
    },
  ];

  it('a Job still running at the end whose window reaches past it is undecided, not a miss', () => {
    // 22:00 on day 1 runs to 01:00 (within 4h); 22:00 on day 2 is still running when the run ends at midnight
    const r = sweep(nightly(), { pools: [], seeds: [1], withinMs: 4 * 3600_000, target: 0.95 }).result!;
    expect(r.rows[0]!.runs[0]!.jobs).toEqual({ created: 2, complete: 1, failed: 0, unfinished: 1, withinSlo: 1, undetermined: 1, missed: 0 });
    expect(r.rows[0]!.summary).toMatchObject({ undetermined: 1, withinSloShare: 1, withinSloWorstSeedShare: 1, meetsTarget: true });
  });

  it('a Job still running past its window is a miss', () => {
    const r = sweep(nightly(), { pools: [], seeds: [1], withinMs: 3600_000, target: 0.95 }).result!;
    expect(r.rows[0]!.runs[0]!.jobs).toMatchObject({ created: 2, withinSlo: 0, undetermined: 0 });
    expect(r.rows[0]!.summary.withinSloShare).toBe(0);
  });

  it('no Job decided: no share, and no size can meet the target', () => {
    const r = sweep(nightly({ duration: '1h' }), { pools: [{ name: 'node', counts: [0, 1] }], seeds: [1, 2], withinMs: 4 * 3600_000, target: 0.95 }).result!;
    for (const row of r.rows) expect(row.summary).toMatchObject({ jobsCreated: 0, withinSloShare: null, withinSloWorstSeedShare: null, meetsTarget: null });
    expect(r.smallest).toBeNull();
  });
});
