// Pod classification and manageJob arithmetic: cases in the spirit of upstream
// pkg/controller/job/job_controller_test.go (TestEnsureJobConditions, the OnFailure restart
// cases, TestJobPodReplacementPolicy…), indexed_job_utils_test.go
// (TestAppendDuplicatedIndexPodsForRemoval) and pkg/controller/controller_utils_test.go
// (TestSortingActivePods).
import { describe, expect, it } from 'vitest';
import type { Condition, Job, Pod, PodPhase } from '../../../src/api/types.ts';
import {
  activePodsDeletionOrder,
  activePodsForRemoval,
  countReadyPods,
  ensureJobConditionStatus,
  hasCondition,
  isPodActive,
  isPodFailed,
  isPodReady,
  isPodTerminating,
  newCondition,
  onlyReplaceFailedPods,
  pastBackoffLimitOnFailure,
  slowStartBatches,
  wantActivePods,
} from '../../../src/controllers/job/pods.ts';
import { buildJob, buildPod, indexedJob, iso, SEC, T0 } from '../../fixtures/pods.ts';

const NOW = iso(T0);
const names = (pods: Pod[]) => pods.map((p) => p.metadata.name);

describe('pod classification (reference §2.1)', () => {
  const cases: Array<{ name: string; pod: Pod; active: boolean; terminating: boolean; ready: boolean }> = [
    { name: 'pending pod', pod: buildPod().phase('Pending').pod, active: true, terminating: false, ready: false },
    { name: 'running ready pod', pod: buildPod().phase('Running').ready().pod, active: true, terminating: false, ready: true },
    { name: 'running pod with Ready=False', pod: buildPod().phase('Running').condition('Ready', 'False').pod, active: true, terminating: false, ready: false },
    { name: 'running pod being deleted', pod: buildPod().phase('Running').ready().deleted(T0).pod, active: false, terminating: true, ready: true },
    { name: 'succeeded pod', pod: buildPod().phase('Succeeded').pod, active: false, terminating: false, ready: false },
    { name: 'failed pod being deleted', pod: buildPod().phase('Failed').deleted(T0).pod, active: false, terminating: false, ready: false },
    { name: 'unknown-phase pod', pod: buildPod().phase('Unknown').pod, active: true, terminating: false, ready: false },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(isPodActive(c.pod)).toBe(c.active);
      expect(isPodTerminating(c.pod)).toBe(c.terminating);
      expect(isPodReady(c.pod)).toBe(c.ready);
    });
  }
  it('countReadyPods counts the Ready=True pods it is given', () => {
    expect(countReadyPods(cases.map((c) => c.pod).filter(isPodActive))).toBe(1);
  });
});

describe('isPodFailed and onlyReplaceFailedPods (podReplacementPolicy, reference §4)', () => {
  const terminating = buildPod().phase('Running').deleted(T0).pod;
  const policy = { rules: [{ action: 'Ignore' as const, onPodConditions: [{ type: 'DisruptionTarget' }] }] };
  const cases: Array<[string, Pod, Job, boolean, boolean]> = [
    ['phase Failed is failed under any policy', buildPod().phase('Failed').pod, buildJob({ podReplacementPolicy: 'Failed' }), true, true],
    ['terminating pod, default TerminatingOrFailed ⇒ failed at once', terminating, buildJob(), false, true],
    ['terminating pod, explicit TerminatingOrFailed ⇒ failed at once', terminating, buildJob({ podReplacementPolicy: 'TerminatingOrFailed' }), false, true],
    ['terminating pod, podReplacementPolicy Failed ⇒ not yet failed', terminating, buildJob({ podReplacementPolicy: 'Failed' }), true, false],
    ['terminating pod, podFailurePolicy set (forces Failed) ⇒ not yet failed', terminating, buildJob({ podFailurePolicy: policy }), true, false],
    ['succeeded pod being deleted is not failed', buildPod().phase('Succeeded').deleted(T0).pod, buildJob(), false, false],
    ['running pod is not failed', buildPod().phase('Running').pod, buildJob(), false, false],
  ];
  for (const [name, pod, job, onlyFailed, failed] of cases) {
    it(name, () => {
      expect(onlyReplaceFailedPods(job)).toBe(onlyFailed);
      expect(isPodFailed(pod, job)).toBe(failed);
    });
  }
});

describe('activePodsDeletionOrder (controller.ActivePods, upstream TestSortingActivePods)', () => {
  // Expected order, least valuable (deleted first) first.
  const expected: Pod[] = [
    buildPod('unassigned').phase('Pending').pod,
    buildPod('assigned-pending').node('n1').phase('Pending').pod,
    buildPod('assigned-unknown').node('n1').phase('Unknown').pod,
    buildPod('running-not-ready').node('n1').phase('Running').pod,
    buildPod('ready-zero-time').node('n1').phase('Running').condition('Ready', 'True').pod,
    buildPod('ready-recently').node('n2').phase('Running').ready(T0).pod,
    buildPod('ready-long-restarts').node('n1').phase('Running').ready(T0 - 60 * SEC).running('main', 5).pod,
    buildPod('ready-long-zero-created').node('n1').phase('Running').ready(T0 - 60 * SEC).created(null).pod,
    buildPod('ready-long-newer').node('n1').phase('Running').ready(T0 - 60 * SEC).created(T0 - 10 * SEC).pod,
    buildPod('ready-long-older-a').node('n1').phase('Running').ready(T0 - 60 * SEC).created(T0 - 100 * SEC).pod,
    buildPod('ready-long-older-b').node('n1').phase('Running').ready(T0 - 60 * SEC).created(T0 - 100 * SEC).uid('u1').pod,
    buildPod('ready-long-older-b').node('n1').phase('Running').ready(T0 - 60 * SEC).created(T0 - 100 * SEC).uid('u2').pod,
  ];
  it('sorts every permutation-like shuffle into the expected order', () => {
    const shuffles = [expected.slice().reverse(), [...expected.slice(5), ...expected.slice(0, 5)], expected.filter((_, i) => i % 2).concat(expected.filter((_, i) => !(i % 2)))];
    for (const s of shuffles) expect(s.sort(activePodsDeletionOrder)).toEqual(expected);
  });
  it('is a strict total order on distinct pods (antisymmetric, irreflexive)', () => {
    for (let i = 0; i < expected.length; i++) {
      for (let j = 0; j < expected.length; j++) {
        const c = Math.sign(activePodsDeletionOrder(expected[i]!, expected[j]!));
        expect(c).toBe(Math.sign(i - j));
      }
    }
  });
  it('only the max restart count matters, not the sum', () => {
    const a = buildPod('a').node('n').phase('Running').running('x', 2).running('y', 2).pod;
    const b = buildPod('b').node('n').phase('Running').running('x', 3).pod;
    expect(activePodsDeletionOrder(b, a)).toBeLessThan(0);
  });
});

describe('activePodsForRemoval (upstream TestAppendDuplicatedIndexPodsForRemoval via manageJob)', () => {
  type Desc = [name: string, index: string | null, phase: PodPhase];
  const pods = (descs: Desc[]) =>
    descs.map(([name, ix, phase]) => {
      const b = buildPod(name).phase(phase);
      if (ix !== null) b.index(ix);
      return b.pod;
    });
  it('all unique: no index and index ≥ completions are removed', () => {
    const got = activePodsForRemoval(
      indexedJob(6),
      pods([
        ['a', null, 'Pending'],
        ['b', '2', 'Pending'],
        ['c', '5', 'Running'],
        ['d', '6', 'Running'],
      ]),
      0,
    );
    expect(names(got)).toEqual(['a', 'd']);
  });
  it('all with index: duplicates keep their most valuable pod; ≥ completions all go', () => {
    const got = activePodsForRemoval(
      indexedJob(6),
      pods([
        ['p0', '5', 'Pending'],
        ['p1', '0', 'Running'],
        ['p2', '3', 'Pending'],
        ['p3', '0', 'Running'],
        ['p4', '3', 'Running'],
        ['p5', '0', 'Pending'],
        ['p6', '6', 'Running'],
        ['p7', '6', 'Pending'],
      ]),
      0,
    );
    // Upstream: rm = [0 Pending, 0 Running, 3 Pending, 6 Running, 6 Pending] (the last group in list
    // order); here each group is in deletion order, so the Pending pod of index 6 comes first.
    expect(names(got)).toEqual(['p5', 'p1', 'p2', 'p7', 'p6']);
  });
  it('mixed: invalid and negative indexes count as no index', () => {
    const got = activePodsForRemoval(
      indexedJob(6),
      pods([
        ['a', null, 'Pending'],
        ['b', 'invalid', 'Running'],
        ['c', '-2', 'Running'],
        ['d', '0', 'Pending'],
        ['e', '1', 'Pending'],
        ['f', '1', 'Pending'],
        ['g', '1', 'Running'],
      ]),
      0,
    );
    expect(names(got)).toEqual(['a', 'b', 'c', 'e', 'f']);
  });
  it('Indexed: more removals than duplicates take the least valuable remaining pods', () => {
    const got = activePodsForRemoval(
      indexedJob(6),
      pods([
        ['r0', '0', 'Running'],
        ['p1', '1', 'Pending'],
        ['r2', '2', 'Running'],
        ['dup', '2', 'Pending'],
      ]),
      2,
    );
    expect(names(got)).toEqual(['dup', 'p1']);
  });
  it('NonIndexed: the rmAtLeast least valuable pods', () => {
    const list = [
      buildPod('ready').node('n').phase('Running').ready(T0 - 60 * SEC).pod,
      buildPod('pending').phase('Pending').pod,
      buildPod('running').node('n').phase('Running').pod,
      buildPod('ready-new').node('n').phase('Running').ready(T0).pod,
    ];
    expect(names(activePodsForRemoval(buildJob({ completions: 4 }), list, 2))).toEqual(['pending', 'running']);
    expect(names(activePodsForRemoval(buildJob({ completions: 4 }), list, 0))).toEqual([]);
    expect(names(activePodsForRemoval(buildJob({ completions: 4 }), list, 9))).toEqual(['pending', 'running', 'ready-new', 'ready']);
  });
});

describe('pastBackoffLimitOnFailure (restartPolicy OnFailure, reference §3.5)', () => {
  const onFailure = (backoffLimit?: number) => {
    const j = buildJob({ template: { spec: { containers: [{ name: 'main' }], restartPolicy: 'OnFailure' } } });
    if (backoffLimit === undefined) delete j.spec.backoffLimit;
    else j.spec.backoffLimit = backoffLimit;
    return j;
  };
  const running = (restarts: number, initRestarts = 0, phase: PodPhase = 'Running') =>
    buildPod().phase(phase).initContainer({ name: 'init', restartCount: initRestarts, state: { terminated: { exitCode: 0 } } }).running('main', restarts).pod;
  const cases: Array<[string, Job, Pod[], boolean]> = [
    ['restartPolicy Never never trips', buildJob({ backoffLimit: 0 }), [running(5)], false],
    ['no restarts', onFailure(1), [running(0)], false],
    ['restarts below the limit', onFailure(3), [running(1), running(1)], false],
    ['sum of restarts equal to the limit trips (>=)', onFailure(3), [running(2), running(1)], true],
    ['init container restarts count too', onFailure(3), [running(1, 2)], true],
    ['Pending pods count', onFailure(2), [running(2, 0, 'Pending')], true],
    ['backoffLimit 0 trips on any restart', onFailure(0), [running(1)], true],
    ['backoffLimit 0 with no restart', onFailure(0), [running(0)], false],
    ['finished pods do not count', onFailure(1), [running(4, 0, 'Failed'), running(4, 0, 'Succeeded')], false],
    ['default backoffLimit 6', onFailure(undefined), [running(5)], false],
    ['default backoffLimit 6 reached', onFailure(undefined), [running(6)], true],
  ];
  for (const [name, job, pods, want] of cases) it(name, () => expect(pastBackoffLimitOnFailure(job, pods)).toBe(want));
});

describe('slowStartBatches (manageJob, SlowStartInitialBatchSize = 1)', () => {
  const cases: Array<[number, number[]]> = [
    [0, []],
    [-2, []],
    [1, [1]],
    [2, [1, 1]],
    [3, [1, 2]],
    [4, [1, 2, 1]],
    [7, [1, 2, 4]],
    [10, [1, 2, 4, 3]],
    [500, [1, 2, 4, 8, 16, 32, 64, 128, 245]],
  ];
  for (const [diff, want] of cases) {
    it(`${diff} → ${JSON.stringify(want)}`, () => {
      expect(slowStartBatches(diff)).toEqual(want);
    });
  }
});

describe('wantActivePods (manageJob wantActive, reference §2.6 step 2)', () => {
  const cases: Array<[string, Job, number, number, number]> = [
    ['work queue, no success yet ⇒ parallelism', buildJob({ completions: undefined, parallelism: 3 }), 1, 0, 3],
    ['work queue after a success ⇒ keep what runs', buildJob({ completions: undefined, parallelism: 3 }), 2, 1, 2],
    ['completions left above parallelism ⇒ parallelism', buildJob({ completions: 10, parallelism: 4 }), 0, 3, 4],
    ['completions left below parallelism', buildJob({ completions: 10, parallelism: 4 }), 4, 8, 2],
    ['more succeeded than completions ⇒ 0', buildJob({ completions: 2, parallelism: 4 }), 1, 3, 0],
    ['parallelism 0 ⇒ 0', buildJob({ completions: 5, parallelism: 0 }), 0, 0, 0],
    ['completions 0 ⇒ 0', buildJob({ completions: 0, parallelism: 2 }), 0, 0, 0],
  ];
  for (const [name, job, active, succeeded, want] of cases) it(name, () => expect(wantActivePods(job, active, succeeded)).toBe(want));
});

describe('Job conditions (upstream TestEnsureJobConditions, newCondition)', () => {
  const earlier = iso(T0 - 60 * SEC);
  const cond = (type: string, status: Condition['status'], reason: string, message: string, at = earlier): Condition => ({
    type,
    status,
    lastProbeTime: at,
    lastTransitionTime: at,
    reason,
    message,
  });
  const cases: Array<{ name: string; list: Condition[]; status: Condition['status']; reason: string; message: string; want: Condition[]; changed: boolean }> = [
    {
      name: 'append true condition',
      list: [],
      status: 'True',
      reason: 'JobSuspended',
      message: 'Job suspended',
      want: [cond('Suspended', 'True', 'JobSuspended', 'Job suspended', NOW)],
      changed: true,
    },
    { name: 'do not append false condition', list: [], status: 'False', reason: 'JobResumed', message: 'Job resumed', want: [], changed: false },
    {
      name: 'update true condition reason',
      list: [cond('Suspended', 'True', 'foo', 'Job suspended')],
      status: 'True',
      reason: 'JobSuspended',
      message: 'Job suspended',
      want: [cond('Suspended', 'True', 'JobSuspended', 'Job suspended', NOW)],
      changed: true,
    },
    {
      name: 'update true condition status',
      list: [cond('Suspended', 'True', 'JobSuspended', 'Job suspended')],
      status: 'False',
      reason: 'JobResumed',
      message: 'Job resumed',
      want: [cond('Suspended', 'False', 'JobResumed', 'Job resumed', NOW)],
      changed: true,
    },
    {
      name: 'update false condition status',
      list: [cond('Suspended', 'False', 'JobResumed', 'Job resumed')],
      status: 'True',
      reason: 'JobSuspended',
      message: 'Job suspended',
      want: [cond('Suspended', 'True', 'JobSuspended', 'Job suspended', NOW)],
      changed: true,
    },
    {
      name: 'condition already exists',
      list: [cond('Suspended', 'True', 'JobSuspended', 'Job suspended')],
      status: 'True',
      reason: 'JobSuspended',
      message: 'Job suspended',
      want: [cond('Suspended', 'True', 'JobSuspended', 'Job suspended')],
      changed: false,
    },
    {
      name: '(added) updated in place, keeping the position among other conditions',
      list: [cond('Suspended', 'True', 'JobSuspended', 'Job suspended'), cond('FailureTarget', 'False', 'x', 'y')],
      status: 'False',
      reason: 'JobResumed',
      message: 'Job resumed',
      want: [cond('Suspended', 'False', 'JobResumed', 'Job resumed', NOW), cond('FailureTarget', 'False', 'x', 'y')],
      changed: true,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const before = structuredClone(c.list);
      const got = ensureJobConditionStatus(c.list, 'Suspended', c.status, c.reason, c.message, NOW);
      expect(got).toEqual({ conditions: c.want, changed: c.changed });
      expect(c.list).toEqual(before); // pure
    });
  }
  it('newCondition sets both times to now, status True by default', () => {
    expect(newCondition('Complete', 'CompletionsReached', 'Reached expected number of succeeded pods', NOW)).toEqual({
      type: 'Complete',
      status: 'True',
      lastProbeTime: NOW,
      lastTransitionTime: NOW,
      reason: 'CompletionsReached',
      message: 'Reached expected number of succeeded pods',
    });
  });
  it('hasCondition looks at status True only', () => {
    const job = buildJob({}, { conditions: [cond('FailureTarget', 'False', 'x', 'y'), cond('Complete', 'True', '', '')] });
    expect(hasCondition(job, 'FailureTarget')).toBe(false);
    expect(hasCondition(job, 'Complete')).toBe(true);
    expect(hasCondition(job, 'Failed')).toBe(false);
  });
});
