// The invariant checkers: quiet on every scenario, and each one able to fail.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/index.ts';
import { InvariantChecker, Invariants, endOfInstantHook } from '../../src/sim/invariants.ts';
import { Simulation } from '../../src/sim/simulation.ts';
import { scenarioFiles, scenariosDir } from '../golden/goldens.ts';
import { jobYaml } from '../fixtures/result.ts';

function checked(text: string) {
  let checker: InvariantChecker | undefined;
  const sim = new Simulation(compileScenario(text), { afterStep: (s) => endOfInstantHook(checker!)(s) });
  checker = new InvariantChecker(sim, 'jobsim run X --check');
  return { sim, checker };
}

describe('invariants', () => {
  it('there are at least 20 named invariants', () => {
    expect(Object.keys(Invariants).length).toBeGreaterThanOrEqual(20);
  });

  for (const f of scenarioFiles()) {
    it(`hold at the end of every instant of scenarios/${f}`, () => {
      const { sim, checker } = checked(readFileSync(join(scenariosDir, f), 'utf8'));
      sim.run();
      checker.check();
      expect(checker.violations).toEqual([]);
    });
  }

  it('job-succeeded-monotonic and job-complete-xor-failed catch a corrupted status, naming time, seed and replay', () => {
    const { sim, checker } = checked(jobYaml('j', 'completions: 2\nparallelism: 1'));
    sim.run();
    const job = sim.store.get('Job', 'default', 'j')!;
    sim.store.update(job, (x) => {
      x.status.succeeded = 0;
      x.status.conditions!.push({ type: 'Failed', status: 'True', reason: 'X' });
    });
    const names = checker.violations.map((v) => v.invariant);
    expect(names).toContain('job-succeeded-monotonic');
    expect(names).toContain('job-complete-xor-failed');
    expect(checker.violations[0]).toMatchObject({ seed: 1, replay: 'jobsim run X --check', time: expect.stringMatching(/^2026-01-01T/) });
  });

  it('job-finished-no-new-pods catches a pod created for a finished Job', () => {
    const { sim, checker } = checked(jobYaml('j', ''));
    sim.run();
    const job = sim.store.get('Job', 'default', 'j')!;
    sim.store.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'late', namespace: 'default', uid: '', creationTimestamp: '', ownerReferences: [{ apiVersion: 'batch/v1', kind: 'Job', name: 'j', uid: job.metadata.uid, controller: true }] }, spec: { containers: [{ name: 'c' }] }, status: { phase: 'Pending' } });
    expect(checker.violations.map((v) => v.invariant)).toContain('job-finished-no-new-pods');
  });

  it('node-not-overcommitted catches pods bound past allocatable', () => {
    const { sim, checker } = checked(jobYaml('j', 'parallelism: 3\ncompletions: 3', { duration: '1h' }));
    sim.setup();
    sim.kernel.run(sim.scenario.config.startMs + 1000);
    checker.check();
    expect(checker.violations).toEqual([]);
    const pod = [...sim.store.list('Pod')][0]!;
    const node = sim.scheduler.nodeInfo(pod.spec.nodeName!)!;
    node.allocPods = 0;
    checker.check();
    expect(checker.violations.map((v) => v.invariant)).toContain('node-not-overcommitted');
  });

  it('time-monotonic and event-object-existed', () => {
    const { sim, checker } = checked(jobYaml('j', ''));
    sim.run();
    sim.store.recordEvent({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'ghost', namespace: 'default', uid: 'nope', creationTimestamp: '' }, spec: { containers: [] }, status: { phase: 'Pending' } }, 'Normal', 'X', 'y', 'kubelet');
    checker.check();
    expect(checker.violations.map((v) => v.invariant)).toContain('event-object-existed');
  });
});
