// jobsim/testing, the user-facing property-based testing library: its arbitraries produce worlds
// that load without issues, its properties hold and break when they should, and a broken one
// names the seed, shows the faults and says how to replay. Fixed fast-check seeds (FC_SEED
// overrides): rerun a failure with FC_SEED=<seed> npx vitest run test/testing/library.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { formatIssue, loadScenarioObjects } from '../../src/scenario/load.ts';
import {
  InvalidWorldError,
  WorldPropertyError,
  arbBehavior,
  arbCluster,
  arbCronJob,
  arbFaultPlan,
  arbJob,
  arbWorld,
  completesWithin,
  forAllFaults,
  forAllWorlds,
  maxFailed,
  maxPods,
  maxRetries,
  nodeNames,
  noInvariantViolations,
  property,
  runWorld,
  succeeds,
  withFaults,
} from '../../src/testing/index.ts';
import type { FaultDoc, JobManifest } from '../../src/testing/index.ts';

const seed = Number(process.env['FC_SEED'] ?? 42);

/** The issues of loading `docs`, formatted (empty when they load). */
function issues(docs: object[]): string[] {
  return loadScenarioObjects(docs).issues.map(formatIssue);
}

const sim = (spec: Record<string, unknown>) => ({ apiVersion: 'jobsim/v1alpha1', kind: 'Simulation', metadata: { name: 'test' }, spec });

function job(name: string, spec: Record<string, unknown>, ann: Record<string, string> = {}, restartPolicy = 'Never'): JobManifest {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name },
    spec: {
      ...spec,
      template: { metadata: { labels: { app: name }, annotations: ann }, spec: { containers: [{ name: 'main', image: 'busybox:1.36' }], restartPolicy: restartPolicy as 'Never' } },
    },
  };
}

describe('arbitraries produce valid manifests', () => {
  const cases: Array<[string, fc.Arbitrary<object[]>]> = [
    ['arbJob (every option on)', arbJob({ suspend: true, ttl: true, namespace: 'batch' }).map((j) => [j])],
    ['arbJob (Indexed only)', arbJob({ indexed: true, maxCompletions: 8, maxParallelism: 8 }).map((j) => [j])],
    ['arbCronJob (every option on)', arbCronJob({ suspend: true }).map((c) => [c])],
    ['arbCluster + arbBehavior', fc.tuple(arbCluster({ pools: { max: 4 } }), fc.array(arbBehavior(), { maxLength: 3 })).map(([cluster, behaviors]) => [sim({ cluster, behaviors })])],
    ['arbFaultPlan (node and controller faults, drains)', arbFaultPlan({ maxNodeDown: 3, permanent: true, maxControllerDown: 2, maxDrains: 2 }).map((faults) => [sim({ faults })])],
    ['arbWorld (timeline, CronJobs, faults)', arbWorld({ timeline: true, cronJobs: { max: 2 }, jobs: { max: 4 }, job: { suspend: true, ttl: true }, faults: { maxNodeDown: 3, permanent: true, maxControllerDown: 2 } })],
  ];
  it.each(cases)('%s: 200 samples load without issues', (_name, arb) => {
    fc.assert(
      fc.property(arb, (docs) => {
        expect(issues(docs)).toEqual([]);
      }),
      { seed, numRuns: 200 },
    );
  });

  it('arbWorld names its objects job-1.. and cron-1.., and its faults name its own nodes', () => {
    fc.assert(
      fc.property(arbWorld({ jobs: { min: 2, max: 3 }, cronJobs: 1, faults: { maxNodeDown: 4, maxControllerDown: 1 } }), (docs) => {
        const [simDoc, ...objects] = docs as [ReturnType<typeof sim> & { spec: { cluster?: { nodePools: [] }; faults?: FaultDoc[] } }, ...JobManifest[]];
        expect(simDoc.kind).toBe('Simulation');
        const names = objects.map((o) => o.metadata.name);
        expect(names.filter((n) => n.startsWith('job-'))).toEqual(names.filter((n) => n.startsWith('job-')).map((_, i) => `job-${i + 1}`));
        expect(names).toContain('cron-1');
        const nodes = nodeNames(simDoc.spec.cluster);
        const downed = (simDoc.spec.faults ?? []).flatMap((f) => ('nodeDown' in f ? [f.nodeDown] : []));
        for (const n of downed) expect(nodes).toContain(n);
        expect(new Set(downed).size).toBe(downed.length); // distinct by default
      }),
      { seed, numRuns: 100 },
    );
  });

  it('arbFaultPlan keeps its bounds: at most maxNodeDown distinct nodes, times within `within`, sorted', () => {
    fc.assert(
      fc.property(arbFaultPlan({ nodes: ['a-1', 'a-2'], maxNodeDown: 5, within: '30m', nodeDownFor: ['2m', '3m'] }), (faults) => {
        const nodes = faults.flatMap((f) => ('nodeDown' in f ? [f.nodeDown] : []));
        expect(nodes.length).toBeLessThanOrEqual(2);
        expect(new Set(nodes).size).toBe(nodes.length);
        const ms = (d: string) => loadScenarioObjects([sim({ duration: d })]).scenario!.config.durationMs!;
        const ats = faults.map((f) => (f.at === '0s' ? 0 : ms(f.at)));
        expect([...ats].sort((x, y) => x - y)).toEqual(ats);
        for (const f of faults) {
          if (f.at !== '0s') expect(ms(f.at)).toBeLessThanOrEqual(30 * 60_000);
          expect(ms(f.for!)).toBeGreaterThanOrEqual(2 * 60_000);
          expect(ms(f.for!)).toBeLessThanOrEqual(3 * 60_000);
        }
      }),
      { seed, numRuns: 200 },
    );
  });

  it('withFaults adds faults to the Simulation document, or creates one, without touching its input', () => {
    const docs = [job('etl', {})];
    const f: FaultDoc[] = [{ at: '1m', nodeDown: 'node-2', for: '5m' }];
    const out = withFaults(docs, f);
    expect(out[0]).toMatchObject({ kind: 'Simulation', spec: { faults: f } });
    expect(docs).toHaveLength(1);
    const again = withFaults(out, [{ at: '2m', controllerDown: 'job', for: '1m' }]);
    expect((again[0] as { spec: { faults: FaultDoc[] } }).spec.faults).toHaveLength(2);
    expect(issues(again)).toEqual([]);
  });
});

describe('runWorld', () => {
  it('runs a world and reads its Jobs and pods back', () => {
    const run = runWorld([job('pi', { completions: 2, parallelism: 2 })], { seed: 7 });
    expect(run.seed).toBe(7);
    expect(run.violations).toEqual([]);
    expect(run.job('pi')!.status).toMatchObject({ succeeded: 2 });
    expect(run.pods('pi')).toHaveLength(2);
    expect(run.result.spec.seed).toBe(7);
    expect(run.result.kind).toBe('SimulationResult');
    expect(run.info.endedBy).toBe('quiet');
  });

  it('is deterministic: the same world and seed give the same result', () => {
    const w = fc.sample(arbWorld({ timeline: true, cronJobs: 1, duration: '1h' }), { seed, numRuns: 1 })[0]!;
    expect(JSON.stringify(runWorld(w).result)).toBe(JSON.stringify(runWorld(w).result));
  });

  it('throws InvalidWorldError listing every issue of an invalid world', () => {
    const bad = job('bad', { parallelism: -1 });
    expect(() => runWorld([bad])).toThrow(InvalidWorldError);
    expect(() => runWorld([bad])).toThrow(/spec.parallelism: Invalid value: -1/);
  });

  it('the duration option bounds a world that never goes quiet', () => {
    // restartPolicy OnFailure, a container that always fails, backoffLimitPerIndex: the pod
    // crash-loops forever, as it would on a real cluster
    const loop = job('loop', { completionMode: 'Indexed', completions: 1, backoffLimitPerIndex: 0 }, { 'jobsim/exit-codes': '1' }, 'OnFailure');
    const run = runWorld([loop], { duration: '1h' });
    expect(run.info.endedBy).toBe('duration');
    expect(run.endMs - run.startMs).toBe(3_600_000);
    expect(() => runWorld([loop], { maxSteps: 2_000 })).toThrow(/did not finish within 2000 steps.*--seed 1/);
  });
});

describe('properties over a run', () => {
  const flaky = job('flaky', { backoffLimit: 6 }, { 'jobsim/exit-codes': '1', 'jobsim/duration': '10s' });

  it('hold when they should', () => {
    const run = runWorld([job('etl', { completions: 3, parallelism: 3 }, { 'jobsim/duration': '20m' })]);
    expect(run.check(completesWithin('etl', '2h'), succeeds('etl'), maxFailed('etl', 0), maxRetries('etl', 0), maxPods('etl', 3), noInvariantViolations())).toEqual([]);
  });

  it('a Job with backoffLimit 6 whose pods always fail breaks maxFailed(job, 3), and the message names the seed', () => {
    const run = runWorld([flaky], { seed: 42 });
    expect(run.job('flaky')!.status.failed).toBe(7);
    const err = (() => {
      try {
        run.expect(maxFailed('flaky', 3), noInvariantViolations());
      } catch (e) {
        return e as WorldPropertyError;
      }
      throw new Error('expected a WorldPropertyError');
    })();
    expect(err).toBeInstanceOf(WorldPropertyError);
    expect(err.seed).toBe(42);
    expect(err.failures).toEqual([{ property: 'maxFailed(flaky, 3)', reason: expect.stringContaining('failed=7 > 3') }]);
    expect(err.message).toContain('jobsim property failed (seed 42)');
    expect(err.message).toContain('seed: 42');
    expect(err.message).toContain('faults: none');
    expect(err.message).toContain('npx jobsim run world.yaml --seed 42');
    // the world is in the message as YAML that loads
    expect(err.world).toContain('name: flaky');
  });

  it('maxRetries counts failed pods and container restarts (OnFailure); completesWithin and succeeds say why they break', () => {
    const onFailure = job('restarts', { backoffLimit: 3 }, { 'jobsim/exit-codes': '1,1,0', 'jobsim/duration': '10s' }, 'OnFailure');
    const deadline = job('deadline', { activeDeadlineSeconds: 60 }, { 'jobsim/duration': '5m' });
    const run = runWorld([onFailure, flaky, job('slow', {}, { 'jobsim/duration': '3h' }), deadline]);
    expect(run.check(maxRetries('restarts', 2))).toEqual([]);
    // the pod stopped at the deadline is no retry (but it is counted failed by the Job)
    expect(run.check(maxRetries('deadline', 0), maxFailed('deadline', 1))).toEqual([]);
    expect(run.job('deadline')!.status.failed).toBe(1);
    expect(run.check(maxRetries('restarts', 1))).toEqual([{ property: 'maxRetries(restarts, 1)', reason: '2 retries (0 failed or deleted pods, 2 container restarts) > 1' }]);
    expect(run.check(maxRetries('flaky', 6))).toEqual([{ property: 'maxRetries(flaky, 6)', reason: expect.stringMatching(/^7 retries \(7 failed/) }]);
    expect(run.check(completesWithin('slow', '2h'))[0]!.reason).toBe('completed 3h1s after its creation, later than 2h');
    expect(run.check(succeeds('flaky'))[0]!.reason).toMatch(/not complete at the end \(active=0 succeeded=0 failed=7 conditions=\[FailureTarget\/BackoffLimitExceeded, Failed\/BackoffLimitExceeded\]\)/);
    expect(run.check(maxFailed('nope', 1))[0]!.reason).toBe('no Job default/nope existed during the run');
    expect(run.check(property('four Jobs', (r) => r.items().filter((o) => o.kind === 'Job').length === 4))).toEqual([]);
    expect(runWorld([flaky], { invariants: false }).check(noInvariantViolations())[0]!.reason).toBe('the run was made with invariants: false');
  });

  it('under fc.assert, a broken property reports the seed and the faults of the shrunk counterexample', () => {
    // one node, which fails for 3 hours at some point in the first hour: the 30-minute Job
    // cannot complete within 1h whenever the node fails before it is done
    const world = [sim({ seed: 5, cluster: { nodePools: [{ name: 'solo', count: 1 }] } }), job('etl', {}, { 'jobsim/duration': '30m' })];
    const r = fc.check(forAllFaults(world, arbFaultPlan({ nodes: ['solo-1'], maxNodeDown: 1, within: '1h', nodeDownFor: ['3h', '3h'] }), [completesWithin('etl', '1h')]), { seed, numRuns: 50 });
    expect(r.failed).toBe(true);
    const err = r.errorInstance as WorldPropertyError;
    expect(err).toBeInstanceOf(WorldPropertyError);
    expect(err.message).toContain('seed: 5');
    // shrunk to the node failing at the very start
    expect(err.faults).toEqual([{ at: '0s', nodeDown: 'solo-1', for: '3h' }]);
    expect(err.message).toContain('    - { at: 0s, nodeDown: solo-1, for: 3h }');
    expect(err.message).toMatch(/completesWithin\(etl, 1h\): (not complete|completed)/);
  });

  it('the guide example: a 20-minute Job on 3 nodes completes within 2h whatever two nodes fail for up to 30 minutes', () => {
    const world = [
      sim({ seed: 42, cluster: { nodePools: [{ name: 'worker', count: 3, capacity: { cpu: '4', memory: '16Gi', pods: 110 } }] } }),
      job('etl', { completions: 3, parallelism: 3, backoffLimit: 6 }, { 'jobsim/duration': '20m' }),
    ];
    fc.assert(
      forAllFaults(world, arbFaultPlan({ nodes: ['worker-1', 'worker-2', 'worker-3'], maxNodeDown: 2, within: '1h', nodeDownFor: ['1m', '30m'] }), [completesWithin('etl', '2h'), maxFailed('etl', 3), noInvariantViolations()]),
      { seed: 42, numRuns: 40 },
    );
  });

  it('the guide example, by hand: one run, its Job and its pods; YAML worlds load the same', () => {
    const world = [
      sim({ seed: 42, cluster: { nodePools: [{ name: 'worker', count: 3, capacity: { cpu: '4', memory: '16Gi', pods: 110 } }] } }),
      job('etl', { completions: 3, parallelism: 3, backoffLimit: 6 }, { 'jobsim/duration': '20m' }),
    ];
    const run = runWorld(world, { seed: 7 });
    run.expect(completesWithin('etl', '25m'));
    expect(run.pods('etl')).toHaveLength(3);
    const fromYaml = parseAllDocuments(run.yaml()).map((d) => d.toJS() as object);
    expect(JSON.stringify(runWorld(fromYaml, { seed: 7 }).result)).toBe(JSON.stringify(run.result));
  });

  it('forAllWorlds checks world-dependent properties', () => {
    const r = fc.check(
      forAllWorlds(arbWorld({ jobs: 1, faults: false, behaviors: false, job: { indexed: false, policies: false, behavior: { exitCodes: [1], maxAttempts: 1 } } }), (docs) => [maxFailed((docs[1] as JobManifest).metadata.name, 0)]),
      { seed, numRuns: 20 },
    );
    expect(r.failed).toBe(true);
    expect(String(r.errorInstance)).toMatch(/maxFailed\(job-1, 0\): Job job-1 has failed=\d+ > 0/);
  });
});
