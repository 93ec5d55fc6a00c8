// The text report's columns, as kubectl's printers (pkg/printers/internalversion) fill them.
import { describe, expect, it } from 'vitest';
import type { Job, Pod } from '../../src/api/types.ts';
import { age, formatLabelSelector, jobStatusColumn, podReadyColumn, podRestartsColumn } from '../../src/report/text.ts';
import { simulate } from '../../src/index.ts';
import { renderText } from '../../src/report/text.ts';
import { buildJob, buildPod, iso, T0 } from '../fixtures/pods.ts';
import { jobYaml } from '../fixtures/result.ts';

const S = 1000;
const D = 86_400 * S;

describe('AGE and DURATION (duration.HumanDuration)', () => {
  const cases: Array<[number, string]> = [
    [0, '0s'],
    [76 * S, '76s'],
    [150 * S, '2m30s'],
    [180 * S, '3m'],
    [3_600 * S, '60m'],
    [3 * 3_600 * S + 19 * 60 * S, '3h19m'],
    [45 * 3_600 * S, '45h'],
    [2 * D + 21 * 3_600 * S, '2d21h'],
    [240 * D, '240d'],
    [800 * D, '2y70d'],
    [3 * 365 * D, '3y'],
    [9 * 365 * D + 40 * D, '9y'],
  ];
  for (const [ms, want] of cases) it(`${ms}ms → ${want}`, () => expect(age(0, ms)).toBe(want));
});

describe('Job STATUS (printJob: Complete, Failed, Terminating, Suspended, FailureTarget, SuccessCriteriaMet, Running)', () => {
  const withConds = (...types: string[]): Job => buildJob({}, { conditions: types.map((type) => ({ type, status: 'True' as const })) });
  const cases: Array<[string, Job, string]> = [
    ['no condition', withConds(), 'Running'],
    ['Complete wins over SuccessCriteriaMet', withConds('SuccessCriteriaMet', 'Complete'), 'Complete'],
    ['Failed wins over FailureTarget', withConds('FailureTarget', 'Failed'), 'Failed'],
    ['Suspended before FailureTarget', withConds('Suspended', 'FailureTarget'), 'Suspended'],
    ['Suspended before SuccessCriteriaMet', withConds('Suspended', 'SuccessCriteriaMet'), 'Suspended'],
    ['FailureTarget alone', withConds('FailureTarget'), 'FailureTarget'],
    ['SuccessCriteriaMet alone', withConds('SuccessCriteriaMet'), 'SuccessCriteriaMet'],
  ];
  for (const [name, job, want] of cases) it(name, () => expect(jobStatusColumn(job)).toBe(want));
  it('a Job being deleted is Terminating unless finished', () => {
    const j = withConds('Suspended');
    j.metadata.deletionTimestamp = iso(T0);
    expect(jobStatusColumn(j)).toBe('Terminating');
  });
});

describe('pod READY and RESTARTS (printPod)', () => {
  it('READY counts restartable (sidecar) init containers among the containers', () => {
    const p = buildPod().sidecar('proxy').running('main').pod;
    p.status.containerStatuses![0]!.ready = true;
    expect(podReadyColumn(p)).toBe('1/2');
    expect(podReadyColumn(buildPod().running('main').pod)).toBe('0/1');
  });

  it('RESTARTS: the sum, with the time since the last restart\'s run ended', () => {
    const p: Pod = buildPod().running('main', 2).pod;
    expect(podRestartsColumn(p, T0)).toBe('2');
    p.status.containerStatuses![0]!.lastState = { terminated: { exitCode: 1, finishedAt: iso(T0 - 52 * S) } };
    expect(podRestartsColumn(p, T0)).toBe('2 (52s ago)');
    expect(podRestartsColumn(buildPod().running('main', 0).pod, T0)).toBe('0');
  });
});

describe('SELECTOR (metav1.FormatLabelSelector)', () => {
  const cases: Array<[string, Parameters<typeof formatLabelSelector>[0], string]> = [
    ['nil', undefined, '<none>'],
    ['empty', {}, '<none>'],
    ['labels sorted by key', { matchLabels: { b: '2', a: '1' } }, 'a=1,b=2'],
    [
      'expressions',
      { matchExpressions: [{ key: 'tier', operator: 'In', values: ['web', 'api'] }, { key: 'env', operator: 'NotIn', values: ['dev'] }, { key: 'gpu', operator: 'Exists' }, { key: 'spot', operator: 'DoesNotExist' }] },
      'env notin (dev),gpu,!spot,tier in (api,web)',
    ],
  ];
  for (const [name, sel, want] of cases) it(name, () => expect(formatLabelSelector(sel)).toBe(want));
});

describe('the tables', () => {
  it('-o wide columns, and a NAMESPACE column when the objects span namespaces', () => {
    const yaml = `${jobYaml('a', 'completions: 1', { duration: '1h' })}---\n${jobYaml('b', 'completions: 1', { duration: '1h' }).replace('  name: b', '  name: b\n  namespace: team-b')}`;
    const text = renderText(simulate(yaml, { duration: '1m' }));
    expect(text).toContain('$ kubectl get cronjobs,jobs,pods -A -o wide');
    expect(text).toMatch(/NAMESPACE\s+NAME\s+STATUS\s+COMPLETIONS\s+DURATION\s+AGE\s+CONTAINERS\s+IMAGES\s+SELECTOR/);
    expect(text).toMatch(/team-b\s+job\.batch\/b\s+Running\s+0\/1\s+60s\s+60s\s+c\s+busybox:1\.36\s+batch\.kubernetes\.io\/controller-uid=/);
    expect(text).toMatch(/NAMESPACE\s+NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\s+IP\s+NODE\s+NOMINATED NODE\s+READINESS GATES/);
  });

  it('READINESS GATES (printPod): the gates whose condition is True, of all of them', () => {
    const yaml = `apiVersion: batch/v1
kind: Job
metadata: { name: g }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      readinessGates: [{ conditionType: Initialized }, { conditionType: example.com/lb }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`;
    const text = renderText(simulate(yaml, { duration: '1m' }));
    expect(text).toMatch(/pod\/g-\w+\s+1\/1\s+Running\s.*\s1\/2\n/);
  });

  it('one namespace: no NAMESPACE column', () => {
    const text = renderText(simulate(jobYaml('a', 'completions: 1'), {}));
    expect(text).toContain('$ kubectl get cronjobs,jobs,pods -o wide');
    expect(text).not.toContain('NAMESPACE');
  });
});

describe('what kubectl get no longer shows', () => {
  // a failing Job with a TTL: it and its pods are gone at the end
  const text = renderText(simulate(jobYaml('gone', 'backoffLimit: 1\nttlSecondsAfterFinished: 30', { exitCodes: '1' })));
  it('deleted objects are listed with when their deletion was asked for and how they ended', () => {
    const section = text.slice(text.indexOf('Deleted during the run (3):'));
    const lines = section.split('\n').slice(1, 5);
    expect(lines[0]).toMatch(/^DELETED\s+OBJECT\s+LAST STATE$/);
    // the pods run 10s each, 10s of back-off between them: Failed at +31s, deleted by the TTL controller 30s later
    expect(lines[1]).toMatch(/^\+00:01:01\s+job\/gone\s+Failed \(BackoffLimitExceeded\)$/);
    expect(lines.slice(2).every((l) => /^\+00:01:01\s+pod\/gone-\w{5}\s+Failed$/.test(l))).toBe(true);
  });
  it("every Job's pod counts, as kubectl describe's Pods Statuses", () => {
    expect(text).toMatch(/JOB\s+ACTIVE\s+READY\s+SUCCEEDED\s+FAILED\s+TERMINATING\njob\/gone\s+0\s+0\s+0\s+2\s+0\n/);
  });
});
