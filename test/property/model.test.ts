// Model-based testing of a running simulation (fc.commands / fc.modelRun over jobsim/testing's
// SimHarness): random sequences of CreateJob, AdvanceTime, FailNode, RecoverNode, SuspendJob,
// ResumeJob and DeleteJob. After every command the simulator's InvariantChecker runs and the
// model's expectations are checked (checkModel in src/testing/model.ts).
//
// Fixed seed (override with FC_SEED=<n>). A failure prints fast-check's seed, path and the
// commands (with a replayPath); rerun with FC_SEED=<seed> npx vitest run test/property/model.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AdvanceTime,
  CreateJob,
  DeleteJob,
  FailNode,
  ModelViolation,
  RecoverNode,
  ResumeJob,
  SimHarness,
  SuspendJob,
  allCommands,
  newModel,
  runCommands,
} from '../../src/testing/index.ts';
import type { JobManifest, ModelOptions } from '../../src/testing/index.ts';

const seed = Number(process.env['FC_SEED'] ?? 42);

function modelProperty(opts: ModelOptions, world: object[] = [], nodes?: string[]) {
  return fc.property(fc.commands(allCommands(nodes ? { nodes } : {}), { maxCommands: 60, size: 'max' }), (cmds) => {
    const h = new SimHarness(world);
    fc.modelRun(() => ({ model: newModel(h, opts), real: h }), cmds);
  });
}

const smallCluster = [
  { apiVersion: 'jobsim/v1alpha1', kind: 'Simulation', metadata: { name: 'small' }, spec: { seed: 7, cluster: { nodePools: [{ name: 'small', count: 2, capacity: { cpu: '2', memory: '4Gi', pods: 2 } }] } } },
];

function simpleJob(name: string, duration = '10m', exitCodes = '0'): JobManifest {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name },
    spec: { template: { metadata: { annotations: { 'jobsim/duration': duration, 'jobsim/exit-codes': exitCodes } }, spec: { containers: [{ name: 'main', image: 'busybox:1.36' }], restartPolicy: 'Never' } } },
  };
}

describe('model-based: commands over a running simulation', () => {
  it('random command sequences keep the invariants and the model (default cluster, 100 runs)', () => {
    fc.assert(modelProperty({}), { seed, numRuns: 100 });
  });

  it('random command sequences keep the invariants and the model (two nodes of 2 pods: pods queue, 100 runs)', () => {
    fc.assert(modelProperty({}, smallCluster, ['small-1', 'small-2']), { seed, numRuns: 100 });
  });

  // Regression: the first counterexample this test found. The GC deleted the pods of a deleted
  // Job but nobody removed their batch.kubernetes.io/job-tracking finalizer, so they stayed in
  // the API forever; upstream's Job controller removes it from orphan pods (syncOrphanPod).
  it('CreateJob(a), AdvanceTime(1s), DeleteJob(a), AdvanceTime(10m): the pod is gone', () => {
    const h = runCommands([new CreateJob(simpleJob('a')), new AdvanceTime(1_000), new DeleteJob('a'), new AdvanceTime(600_000)]);
    expect([...h.sim.store.list('Pod')]).toEqual([]);
  });
});

describe('SimHarness and the commands', () => {
  it('advances step by step; commands say what they do', () => {
    const h = new SimHarness([], { seed: 3 });
    const m = newModel(h);
    const cmds = [new CreateJob(simpleJob('a', '30s')), new AdvanceTime(5_000), new FailNode('node-2'), new SuspendJob('a'), new AdvanceTime(60_000), new ResumeJob('a'), new RecoverNode('node-2'), new AdvanceTime(120_000)];
    for (const c of cmds) if (c.check(m)) c.run(m, h);
    expect(h.nowMs).toBe(185_000);
    expect(h.seed).toBe(3);
    expect(h.violations).toEqual([]);
    expect(h.job('a')!.status.succeeded).toBe(1);
    expect(cmds.map(String)).toEqual([
      'CreateJob(a: Never 30s exit=0)',
      'AdvanceTime(5s)',
      'FailNode(node-2)',
      'SuspendJob(a)',
      'AdvanceTime(1m)',
      'ResumeJob(a)',
      'RecoverNode(node-2)',
      'AdvanceTime(2m)',
    ]);
    expect(h.log).toEqual(cmds.map(String));
  });

  it('check() refuses commands that do not apply to the model', () => {
    const h = new SimHarness();
    const m = newModel(h, { maxJobs: 1 });
    expect(new RecoverNode('node-1').check(m)).toBe(false);
    expect(new SuspendJob('a').check(m)).toBe(false);
    new CreateJob(simpleJob('a')).run(m, h);
    expect(new CreateJob(simpleJob('a')).check(m)).toBe(false); // name taken
    expect(new CreateJob(simpleJob('b')).check(m)).toBe(false); // maxJobs
    expect(new ResumeJob('a').check(m)).toBe(false);
    expect(new SuspendJob('a').check(m)).toBe(true);
  });

  it('a broken expectation names the seed, the time and the commands so far', () => {
    const h = new SimHarness([], { seed: 9 });
    const m = newModel(h);
    new CreateJob(simpleJob('a')).run(m, h);
    m.nowMs += 1; // the model and the simulation disagree on the time
    let err: unknown;
    try {
      new AdvanceTime(1_000).run(m, h);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ModelViolation);
    expect(String(err)).toContain('seed 9 at +1s after [CreateJob(a: Never 10m exit=0), AdvanceTime(1s)]: model time +1001ms but simulation time +1000ms');
  });
});
