// Tables ported in spirit from upstream pkg/controller/job/indexed_job_utils_test.go
// (TestCalculateSucceededIndexes, TestIsIndexFailed, TestCalculateFailedIndexes,
// TestGetPodsWithDelayedDeletionPerIndex, TestGetNewIndexFailureCountValue, TestFirstPendingIndexes,
// TestPodGenerateNameWithIndex, TestGetIndexFailureCount) and reference §14.
import { describe, expect, it } from 'vitest';
import type { Job, Pod, PodPhase } from '../../../src/api/types.ts';
import { JobCompletionIndexAnnotation } from '../../../src/api/types.ts';
import {
  calculateFailedIndexes,
  calculateSucceededIndexes,
  firstPendingIndexes,
  formatIntervals,
  getCompletionIndex,
  getIndexFailureCount,
  getIndexIgnoredFailureCount,
  getPodsWithDelayedDeletionPerIndex,
  indexFailureCountAnnotations,
  isIndexFailed,
  newIndexFailureCounts,
  parseIndexes,
  podGenerateNameWithIndex,
} from '../../../src/controllers/job/indexes.ts';
import { isPodActive } from '../../../src/controllers/job/pods.ts';
import { buildPod, indexedJob, SEC, T0 } from '../../fixtures/pods.ts';

const noIndex = '-';
type IndexPhase = [index: string, phase: PodPhase];

/** hollowPodsWithIndexPhase: pods with only an index annotation (unless noIndex) and a phase. */
function hollowPods(descs: IndexPhase[], tracked = false): Pod[] {
  return descs.map(([ix, phase], i) => {
    const b = buildPod(`p${i}`).phase(phase);
    if (ix !== noIndex) b.index(ix);
    if (tracked) b.trackingFinalizer();
    return b.pod;
  });
}

describe('formatIntervals (orderedIntervals.String, reference §14)', () => {
  const cases: Array<[string, number[], string]> = [
    ['empty', [], ''],
    ['one index', [0], '0'],
    ['a run of two is written a,b', [0, 1], '0,1'],
    ['a run of three is written first-last', [0, 1, 2], '0-2'],
    ['reference example {2,4,5,7,8,9}', [2, 4, 5, 7, 8, 9], '2,4,5,7-9'],
    ['reference example {1,3,4,5,7}', [1, 3, 4, 5, 7], '1,3-5,7'],
    ['upstream "prev and new separate" result', [0, 2, 4, 5, 7, 8, 10, 11, 12], '0,2,4,5,7,8,10-12'],
    ['(added) unsorted input with duplicates is normalised', [5, 3, 4, 3], '3-5'],
  ];
  for (const [name, xs, want] of cases) it(name, () => expect(formatIntervals(xs)).toBe(want));
});

describe('parseIndexes (parseIndexesFromString, lenient)', () => {
  const cases: Array<[string, string | undefined, number, number[]]> = [
    ['undefined', undefined, 5, []],
    ['empty string', '', 5, []],
    ['prev interval out of range', '0-5,8-10', 8, [0, 1, 2, 3, 4, 5]],
    ['prev interval partially out of range (end clipped)', '0-5,8-10', 10, [0, 1, 2, 3, 4, 5, 8, 9]],
    ['prev and new separate', '0,4,5,10-12', 13, [0, 4, 5, 10, 11, 12]],
    ['corrupted interval', '0,1-foo,bar', 4, [0]],
    ['(added) a fragment starting at ≥ completions stops parsing (upstream break)', '5,1', 3, []],
    ['(added) x-y-z reads as x-y', '1-2-3', 5, [1, 2]],
    ['(added) a leading minus is a corrupted fragment', '-1,2', 5, [2]],
    ['(added) strconv.Atoi accepts a plus sign', '+3', 5, [3]],
    ['(added) strconv.Atoi accepts leading zeros', '007', 10, [7]],
    ['(added) an interval with end < start is empty', '3-1,4', 5, [4]],
    ['(added) a number beyond int64 is a corrupted fragment, not a stop', '99999999999999999999,1', 5, [1]],
    ['(added) spaces are corrupted fragments', ' 1,2', 5, [2]],
    ['(added) overlapping fragments are merged', '1-3,2-4', 10, [1, 2, 3, 4]],
  ];
  for (const [name, s, completions, want] of cases) it(name, () => expect(parseIndexes(s, completions)).toEqual(want));
});

describe('getCompletionIndex', () => {
  const cases: Array<[string, Pod, number | null]> = [
    ['annotation', buildPod().index('3').pod, 3],
    ['no annotation', buildPod().pod, null],
    ['negative', buildPod().index('-2').pod, null],
    ['not an integer', buildPod().index('invalid').pod, null],
    ['(added) leading zeros as strconv.Atoi', buildPod().index('007').pod, 7],
    ['(deliberate) label when the annotation is absent', buildPod().label(JobCompletionIndexAnnotation, '4').pod, 4],
    ['(deliberate) an invalid annotation is not overridden by the label', buildPod().index('x').label(JobCompletionIndexAnnotation, '4').pod, null],
  ];
  for (const [name, pod, want] of cases) it(name, () => expect(getCompletionIndex(pod)).toBe(want));
});

describe('calculateSucceededIndexes (upstream TestCalculateSucceededIndexes)', () => {
  const cases: Array<{ name: string; prev?: string; pods?: IndexPhase[]; completions: number; wantPrev: number[]; wantAll: number[] }> = [
    { name: 'one index', pods: [['1', 'Succeeded']], completions: 2, wantPrev: [], wantAll: [1] },
    {
      name: 'two separate',
      pods: [['2', 'Failed'], ['5', 'Succeeded'], ['5', 'Succeeded'], ['10', 'Failed'], ['10', 'Succeeded']],
      completions: 11,
      wantPrev: [],
      wantAll: [5, 10],
    },
    {
      name: 'two intervals',
      pods: [['0', 'Running'], ['1', 'Pending'], ['2', 'Succeeded'], ['3', 'Succeeded'], ['5', 'Succeeded'], ['6', 'Succeeded'], ['7', 'Succeeded']],
      completions: 8,
      wantPrev: [],
      wantAll: [2, 3, 5, 6, 7],
    },
    {
      name: 'one index and one interval',
      pods: [['0', 'Succeeded'], ['1', 'Failed'], ['2', 'Succeeded'], ['3', 'Succeeded'], ['4', 'Succeeded'], ['5', 'Succeeded'], [noIndex, 'Succeeded'], ['-2', 'Succeeded']],
      completions: 6,
      wantPrev: [],
      wantAll: [0, 2, 3, 4, 5],
    },
    {
      name: 'out of range',
      pods: [['0', 'Succeeded'], ['1', 'Succeeded'], ['2', 'Succeeded'], ['3', 'Failed'], ['4', 'Succeeded'], ['5', 'Succeeded'], [noIndex, 'Succeeded'], ['-2', 'Succeeded']],
      completions: 5,
      wantPrev: [],
      wantAll: [0, 1, 2, 4],
    },
    { name: 'prev interval out of range', prev: '0-5,8-10', completions: 8, wantPrev: [0, 1, 2, 3, 4, 5], wantAll: [0, 1, 2, 3, 4, 5] },
    { name: 'prev interval partially out of range', prev: '0-5,8-10', completions: 10, wantPrev: [0, 1, 2, 3, 4, 5, 8, 9], wantAll: [0, 1, 2, 3, 4, 5, 8, 9] },
    {
      name: 'prev and new separate',
      prev: '0,4,5,10-12',
      pods: [['2', 'Succeeded'], ['7', 'Succeeded'], ['8', 'Succeeded']],
      completions: 13,
      wantPrev: [0, 4, 5, 10, 11, 12],
      wantAll: [0, 2, 4, 5, 7, 8, 10, 11, 12],
    },
    { name: 'prev between new', prev: '3,4,6', pods: [['2', 'Succeeded'], ['7', 'Succeeded'], ['8', 'Succeeded']], completions: 9, wantPrev: [3, 4, 6], wantAll: [2, 3, 4, 6, 7, 8] },
    { name: 'new between prev', prev: '2,7,8', pods: [['3', 'Succeeded'], ['4', 'Succeeded'], ['6', 'Succeeded']], completions: 9, wantPrev: [2, 7, 8], wantAll: [2, 3, 4, 6, 7, 8] },
    {
      name: 'new within prev',
      prev: '2-7',
      pods: [['0', 'Succeeded'], ['3', 'Succeeded'], ['5', 'Succeeded'], ['9', 'Succeeded']],
      completions: 10,
      wantPrev: [2, 3, 4, 5, 6, 7],
      wantAll: [0, 2, 3, 4, 5, 6, 7, 9],
    },
    { name: 'corrupted interval', prev: '0,1-foo,bar', pods: [['3', 'Succeeded']], completions: 4, wantPrev: [0], wantAll: [0, 3] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const job = indexedJob(c.completions, {}, c.prev === undefined ? {} : { completedIndexes: c.prev });
      const got = calculateSucceededIndexes(job, hollowPods(c.pods ?? [], true));
      expect(got.prev).toEqual(c.wantPrev);
      expect(got.all).toEqual(c.wantAll);
      expect(formatIntervals(got.all)).toBe(formatIntervals(c.wantAll));
    });
  }
  it('(added) succeeded pods without the tracking finalizer are already counted in the status', () => {
    expect(calculateSucceededIndexes(indexedJob(3), hollowPods([['1', 'Succeeded']], false)).all).toEqual([]);
  });
});

describe('isIndexFailed (upstream TestIsIndexFailed)', () => {
  const failIndexOnExit3 = { rules: [{ action: 'FailIndex' as const, onExitCodes: { operator: 'In' as const, values: [3] } }] };
  const cases: Array<[string, Job, Pod, boolean]> = [
    [
      'failed pod exceeding backoffLimitPerIndex, when backoffLimitPerIndex=0',
      indexedJob(2, { backoffLimitPerIndex: 0 }),
      buildPod().indexFailureCount('0').phase('Failed').index('0').trackingFinalizer().pod,
      true,
    ],
    [
      'failed pod exceeding backoffLimitPerIndex, when backoffLimitPerIndex=1',
      indexedJob(2, { backoffLimitPerIndex: 1 }),
      buildPod().indexFailureCount('1').phase('Failed').index('1').trackingFinalizer().pod,
      true,
    ],
    [
      'matching FailIndex pod failure policy',
      indexedJob(2, { backoffLimitPerIndex: 1, podFailurePolicy: failIndexOnExit3 }),
      buildPod().indexFailureCount('0').phase('Failed').terminated('main', 3).index('0').trackingFinalizer().pod,
      true,
    ],
    [
      '(added) failed pod with retries left',
      indexedJob(2, { backoffLimitPerIndex: 1 }),
      buildPod().indexFailureCount('0').phase('Failed').index('0').trackingFinalizer().pod,
      false,
    ],
    [
      '(added) an Ignored failure never fails the index',
      indexedJob(2, { backoffLimitPerIndex: 0, podFailurePolicy: { rules: [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }] }] } }),
      buildPod().indexFailureCount('5').phase('Failed').condition('DisruptionTarget', 'True').index('0').trackingFinalizer().pod,
      false,
    ],
    [
      '(added) a running pod is not failed',
      indexedJob(2, { backoffLimitPerIndex: 0 }),
      buildPod().indexFailureCount('3').phase('Running').index('0').trackingFinalizer().pod,
      false,
    ],
  ];
  for (const [name, job, pod, want] of cases) it(name, () => expect(isIndexFailed(job, pod)).toBe(want));
});

describe('calculateFailedIndexes (upstream TestCalculateFailedIndexes)', () => {
  const cases: Array<[string, Job, Pod[], number[]]> = [
    [
      'one new index failed',
      indexedJob(2, { backoffLimitPerIndex: 1 }),
      [
        buildPod('a').indexFailureCount('0').phase('Failed').index('0').trackingFinalizer().pod,
        buildPod('b').indexFailureCount('1').phase('Failed').index('1').trackingFinalizer().pod,
      ],
      [1],
    ],
    ['pod without finalizer is ignored', indexedJob(2, { backoffLimitPerIndex: 0 }), [buildPod().indexFailureCount('0').phase('Failed').index('0').pod], []],
    ['pod outside completions is ignored', indexedJob(2, { backoffLimitPerIndex: 0 }), [buildPod().indexFailureCount('0').phase('Failed').index('3').pod], []],
    [
      'extend the failed indexes',
      indexedJob(2, { backoffLimitPerIndex: 0 }, { failedIndexes: '0' }),
      [buildPod().indexFailureCount('0').phase('Failed').index('1').trackingFinalizer().pod],
      [0, 1],
    ],
    [
      'prev failed indexes empty',
      indexedJob(2, { backoffLimitPerIndex: 0 }, { failedIndexes: '' }),
      [buildPod().indexFailureCount('0').phase('Failed').index('1').trackingFinalizer().pod],
      [1],
    ],
    [
      'prev failed indexes outside the completions',
      indexedJob(2, { backoffLimitPerIndex: 0 }, { failedIndexes: '9' }),
      [buildPod().indexFailureCount('0').phase('Failed').index('1').trackingFinalizer().pod],
      [1],
    ],
  ];
  for (const [name, job, pods, want] of cases) it(name, () => expect(calculateFailedIndexes(job, pods)).toEqual(want));
});

describe('getPodsWithDelayedDeletionPerIndex (upstream TestGetPodsWithDelayedDeletionPerIndex)', () => {
  const cases: Array<[string, Job, Pod[], string[]]> = [
    [
      'failed pods are kept corresponding to non-failed indexes are kept',
      indexedJob(3, { backoffLimitPerIndex: 1 }),
      [
        buildPod('a').indexFailureCount('0').phase('Failed').index('0').trackingFinalizer().pod,
        buildPod('b').indexFailureCount('1').phase('Failed').index('1').trackingFinalizer().pod,
        buildPod('c').indexFailureCount('0').phase('Failed').index('2').trackingFinalizer().pod,
      ],
      ['a', 'c'],
    ],
    [
      "failed pod without finalizer; the pod's deletion is not delayed as it already started",
      indexedJob(2, { backoffLimitPerIndex: 0 }),
      [buildPod('a').indexFailureCount('0').phase('Failed').index('0').pod],
      [],
    ],
    [
      "failed pod with index outside of completions; the pod's deletion is not delayed",
      indexedJob(2, { backoffLimitPerIndex: 0 }),
      [buildPod('a').indexFailureCount('0').phase('Failed').index('4').trackingFinalizer().pod],
      [],
    ],
    [
      "failed pod for active index; the pod's deletion is not delayed as it is already replaced",
      indexedJob(2, { backoffLimitPerIndex: 1 }),
      [
        buildPod('a1').indexFailureCount('0').phase('Failed').index('0').trackingFinalizer().pod,
        buildPod('a2').indexFailureCount('1').phase('Running').index('0').trackingFinalizer().pod,
      ],
      [],
    ],
    [
      "failed pod for succeeded index; the pod's deletion is not delayed as it is already replaced",
      indexedJob(2, { backoffLimitPerIndex: 1 }),
      [
        buildPod('a1').indexFailureCount('0').phase('Failed').index('0').trackingFinalizer().pod,
        buildPod('a2').indexFailureCount('1').phase('Succeeded').index('0').trackingFinalizer().pod,
      ],
      [],
    ],
    [
      'multiple failed pods for index with different failure count; only the pod with highest failure count is kept',
      indexedJob(2, { backoffLimitPerIndex: 4 }),
      [
        buildPod('a1').indexFailureCount('0').phase('Failed').index('0').trackingFinalizer().pod,
        buildPod('a3').indexFailureCount('2').phase('Failed').index('0').trackingFinalizer().pod,
        buildPod('a2').indexFailureCount('1').phase('Failed').index('0').trackingFinalizer().pod,
      ],
      ['a3'],
    ],
    [
      'multiple failed pods for index with different finish times; only the last failed pod is kept',
      indexedJob(2, { backoffLimitPerIndex: 4 }),
      [
        buildPod('a1').indexFailureCount('1').phase('Failed').index('0').deleted(T0 - SEC).trackingFinalizer().pod,
        buildPod('a3').indexFailureCount('1').phase('Failed').index('0').deleted(T0).trackingFinalizer().pod,
        buildPod('a2').indexFailureCount('1').phase('Failed').index('0').deleted(T0 - 2 * SEC).trackingFinalizer().pod,
      ],
      ['a3'],
    ],
    [
      '(deliberate) the absolute count (with ignored failures) decides before the finish time; upstream is list-order dependent here',
      indexedJob(2, { backoffLimitPerIndex: 4 }),
      [
        buildPod('a1').indexFailureCount('1').phase('Failed').index('0').deleted(T0).trackingFinalizer().pod,
        buildPod('a2').indexFailureCount('1').indexIgnoredFailureCount('1').phase('Failed').index('0').deleted(T0 - SEC).trackingFinalizer().pod,
      ],
      ['a2'],
    ],
  ];
  for (const [name, job, pods, want] of cases) {
    it(name, () => {
      const got = getPodsWithDelayedDeletionPerIndex(job, {
        pods,
        activePods: pods.filter(isPodActive),
        succeededIndexes: calculateSucceededIndexes(job, pods).all,
        failedIndexes: calculateFailedIndexes(job, pods),
      });
      expect([...got.values()].map((p) => p.metadata.name).sort()).toEqual(want);
    });
  }
  it('(added) the choice does not depend on the order of the pod list', () => {
    const job = indexedJob(1, { backoffLimitPerIndex: 4 });
    const a = buildPod('a').indexFailureCount('1').phase('Failed').index('0').deleted(T0).trackingFinalizer().pod;
    const b = buildPod('b').indexFailureCount('1').phase('Failed').index('0').deleted(T0).trackingFinalizer().pod;
    const pick = (pods: Pod[]) => getPodsWithDelayedDeletionPerIndex(job, { pods, activePods: [], succeededIndexes: [], failedIndexes: [] }).get(0)?.metadata.name;
    expect(pick([a, b])).toBe('b');
    expect(pick([b, a])).toBe('b');
  });
});

describe('newIndexFailureCounts (upstream TestGetNewIndexFailureCountValue)', () => {
  const ignoreDisruption = { rules: [{ action: 'Ignore' as const, onPodConditions: [{ type: 'DisruptionTarget', status: 'True' as const }] }] };
  const cases: Array<[string, Job, Pod | undefined, number, number]> = [
    ['first pod created', indexedJob(1), undefined, 0, 0],
    ['failed pod being replaced with 0 index failure count', indexedJob(1), buildPod('a').indexFailureCount('0').phase('Failed').index('0').trackingFinalizer().pod, 1, 0],
    ['failed pod being replaced with >0 index failure count', indexedJob(1), buildPod('a').indexFailureCount('3').phase('Failed').index('0').trackingFinalizer().pod, 4, 0],
    [
      'failed pod being replaced, matching the ignore rule',
      indexedJob(4, { podFailurePolicy: ignoreDisruption }),
      buildPod('a').indexFailureCount('3').phase('Failed').condition('DisruptionTarget', 'True').index('3').trackingFinalizer().pod,
      3,
      1,
    ],
  ];
  for (const [name, job, pod, wantFailures, wantIgnored] of cases) {
    it(name, () => expect(newIndexFailureCounts(job, pod)).toEqual({ failureCount: wantFailures, ignoredFailureCount: wantIgnored }));
  }
  it('(added) annotations: the ignored count only when > 0', () => {
    expect(indexFailureCountAnnotations(indexedJob(1), undefined)).toEqual({ 'batch.kubernetes.io/job-index-failure-count': '0' });
    const [, job, pod] = cases[3]!;
    expect(indexFailureCountAnnotations(job, pod)).toEqual({
      'batch.kubernetes.io/job-index-failure-count': '3',
      'batch.kubernetes.io/job-index-ignored-failure-count': '1',
    });
  });
});

describe('firstPendingIndexes (upstream TestFirstPendingIndexes)', () => {
  const cases: Array<{ name: string; cnt: number; completions: number; active?: IndexPhase[]; succeeded?: number[]; failed?: number[]; want: number[] }> = [
    { name: 'cnt greater than completions', cnt: 5, completions: 3, want: [0, 1, 2] },
    { name: 'cnt less than completions', cnt: 2, completions: 5, want: [0, 1] },
    { name: 'first pods active', active: [['0', 'Running'], ['1', 'Pending']], cnt: 3, completions: 10, want: [2, 3, 4] },
    { name: 'last pods active or succeeded', active: [['6', 'Pending']], succeeded: [4, 5], cnt: 6, completions: 6, want: [0, 1, 2, 3] },
    {
      name: 'mixed',
      active: [['3', 'Pending'], ['5', 'Running'], ['8', 'Pending'], [noIndex, 'Running'], ['-3', 'Running']],
      succeeded: [2, 3, 4, 9],
      cnt: 5,
      completions: 20,
      want: [0, 1, 6, 7, 10],
    },
    {
      name: 'with failed indexes',
      active: [['3', 'Pending'], ['9', 'Pending']],
      succeeded: [1, 5, 9],
      failed: [2, 6, 7],
      cnt: 5,
      completions: 20,
      want: [0, 4, 8, 10, 11],
    },
    { name: '(added) zero count', cnt: 0, completions: 5, want: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const activePods = hollowPods(c.active ?? []);
      const ctx = { job: indexedJob(1), pods: activePods, activePods, succeededIndexes: c.succeeded ?? [], failedIndexes: c.failed };
      expect(firstPendingIndexes(ctx, c.cnt, c.completions)).toEqual(c.want);
    });
  }
  it('(added) a terminating pod holds its index only when podReplacementPolicy is Failed', () => {
    const terminating = buildPod('t').index('0').phase('Running').deleted(T0).pod;
    const ctx = (job: Job) => ({ job, pods: [terminating], activePods: [], succeededIndexes: [] });
    expect(firstPendingIndexes(ctx(indexedJob(3)), 2, 3)).toEqual([0, 1]);
    expect(firstPendingIndexes(ctx(indexedJob(3, { podReplacementPolicy: 'Failed' })), 2, 3)).toEqual([1, 2]);
  });
});

describe('podGenerateNameWithIndex (upstream TestPodGenerateNameWithIndex)', () => {
  const cases: Array<[string, string, number, string]> = [
    ['short job name', 'indexed-job', 1, 'indexed-job-1-'],
    [
      'job name exceeds MaxGeneneratedNameLength',
      'hhhhhooooohhhhhooooohhhhhooooohhhhhooooohhhhhooooohhhhhooooohhhhhooooo',
      1,
      'hhhhhooooohhhhhooooohhhhhooooohhhhhooooohhhhhooooohhhhh-1-',
    ],
    [
      'job name with index suffix exceeds MaxGeneratedNameLength',
      'hhhhhooooohhhhhooooohhhhhooooohhhhhooooohhhhhooooohhhhhoo',
      1,
      'hhhhhooooohhhhhooooohhhhhooooohhhhhooooohhhhhooooohhhhh-1-',
    ],
    ['(added) exactly 58 characters is kept', 'a'.repeat(55), 7, `${'a'.repeat(55)}-7-`],
  ];
  for (const [name, job, ix, want] of cases) {
    it(name, () => {
      const got = podGenerateNameWithIndex(job, ix);
      expect(got).toBe(want);
      expect(got.length).toBeLessThanOrEqual(58);
    });
  }
});

describe('getIndexFailureCount / getIndexIgnoredFailureCount (upstream TestGetIndexFailureCount)', () => {
  const cases: Array<[string, Pod, number]> = [
    ['no annotation', buildPod().pod, 0],
    ['valid value', buildPod().indexFailureCount('2').pod, 2],
    ['valid maxint32 value', buildPod().indexFailureCount(String(2 ** 31 - 1)).pod, 2 ** 31 - 1],
    ['too large value', buildPod().indexFailureCount(String(2 ** 31)).pod, 0],
    ['negative value', buildPod().indexFailureCount('-1').pod, 0],
    ['invalid int value', buildPod().indexFailureCount('xyz').pod, 0],
  ];
  for (const [name, pod, want] of cases) it(name, () => expect(getIndexFailureCount(pod)).toBe(want));
  it('(added) the ignored count reads the same way', () => {
    expect(getIndexIgnoredFailureCount(buildPod().indexIgnoredFailureCount('4').pod)).toBe(4);
    expect(getIndexIgnoredFailureCount(buildPod().indexIgnoredFailureCount('1.5').pod)).toBe(0);
  });
});
