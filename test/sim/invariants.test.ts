// The invariant checkers: quiet on every scenario, and each one able to fail.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/index.ts';
import { InvariantChecker, Invariants, cronJobJobCounts, endOfInstantHook } from '../../src/sim/invariants.ts';
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

  it('cronjob-forbid-single-active is judged when a Forbid CronJob starts a Job, not by counting Jobs made by hand', () => {
    const cron = `apiVersion: batch/v1
kind: CronJob
metadata: { name: c }
spec:
  schedule: "*/5 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        metadata: { annotations: { jobsim/duration: 1h } }
        spec:
          containers: [{ name: c, image: busybox }]
          restartPolicy: Never
---
apiVersion: jobsim/v1alpha1
kind: Simulation
spec: { duration: 20m }
`;
    const { sim, checker } = checked(cron);
    sim.run();
    checker.check();
    expect(checker.violations).toEqual([]);
    const cj = sim.store.get('CronJob', 'default', 'c')!;
    const owner = [{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'c', uid: cj.metadata.uid, controller: true, blockOwnerDeletion: true }];
    const job = (name: string, annotations: Record<string, string>) => ({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name, namespace: 'default', uid: '', creationTimestamp: '', annotations, ownerReferences: owner },
      spec: { template: { spec: { containers: [{ name: 'c', image: 'busybox' }], restartPolicy: 'Never' } } },
      status: {},
    });
    // a Job made by hand (kubectl create job --from) carries no scheduled time: the controller does not start it
    expect(sim.store.create(job('manual', { 'cronjob.kubernetes.io/instantiate': 'manual' }) as never).ok).toBe(true);
    expect(checker.violations).toEqual([]);
    expect(sim.store.create(job('c-99', { 'batch.kubernetes.io/cronjob-scheduled-timestamp': '2026-01-01T00:20:00Z' }) as never).ok).toBe(true);
    expect(checker.violations.map((v) => [v.invariant, v.message])).toEqual([['cronjob-forbid-single-active', 'CronJob c (Forbid) started c-99 while 1 of its Jobs run']]);
    // history counts the Jobs the CronJob controls (getJobsToBeReconciled), not one it merely owns
    const before = cronJobJobCounts(sim, cj);
    const owned = job('owned', {});
    owned.metadata.ownerReferences = [{ ...owner[0]!, controller: false }];
    expect(sim.store.create(owned as never).ok).toBe(true);
    expect(cronJobJobCounts(sim, cj)).toEqual(before);
  });

  it('pending-scheduled-when-fitting reads the scheduler\'s filters: a pod whose required pod affinity matches no placed pod does not fit', () => {
    const { sim, checker } = checked(
      jobYaml('j', '', { templateExtra: 'affinity:\n  podAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n    - { labelSelector: { matchLabels: { app: none } }, topologyKey: kubernetes.io/hostname }' }) +
        '---\napiVersion: jobsim/v1alpha1\nkind: Simulation\nspec: { duration: 2m }\n',
    );
    sim.run();
    checker.check();
    const pod = [...sim.store.list('Pod')][0]!;
    expect(pod.spec.nodeName).toBeUndefined();
    expect(checker.violations).toEqual([]);
    expect(sim.scheduler.fitsSomeNode(pod, () => true)).toBe(false);
    const plain = structuredClone(pod);
    delete plain.spec.affinity;
    expect(sim.scheduler.fitsSomeNode(plain, () => true)).toBe(true);
  });

  it('pending-scheduled-when-fitting waits for a terminating matching pod to be gone: its graceful deletion retries no pod PodTopologySpread refused', () => {
    // m (matching, on a) terminates 60s-120s; p is refused by the skew on a and by
    // cpu on b; an unrelated pod that never fits makes instants between 60s and 120s
    const text = readFileSync(join(import.meta.dirname, '../acceptance/cases/schedplug/spread-terminating-no-requeue.mjs'), 'utf8');
    const scenario = /scenario: `([\s\S]*?)`,/.exec(text)![1]!.replace(
      '  - { at: 60s, delete: { kind: Job, name: m } }',
      '  - { at: 60s, delete: { kind: Job, name: m } }\n  - { at: 90s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: other }, spec: { template: { spec: { restartPolicy: Never, nodeSelector: { kubernetes.io/hostname: nowhere }, containers: [{ name: c, image: busybox }] } } } } }',
    );
    expect(scenario).toContain('name: other');
    const { sim, checker } = checked(scenario);
    sim.run();
    checker.check();
    expect(checker.violations).toEqual([]);
    const p = [...sim.store.list('Pod')].find((x) => x.metadata.name.startsWith('p-'))!;
    expect(p.spec.nodeName).toBe('a-1');
  });

  it('time-monotonic and event-object-existed', () => {
    const { sim, checker } = checked(jobYaml('j', ''));
    sim.run();
    sim.store.recordEvent({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'ghost', namespace: 'default', uid: 'nope', creationTimestamp: '' }, spec: { containers: [] }, status: { phase: 'Pending' } }, 'Normal', 'X', 'y', 'kubelet');
    checker.check();
    expect(checker.violations.map((v) => v.invariant)).toContain('event-object-existed');
  });
});
