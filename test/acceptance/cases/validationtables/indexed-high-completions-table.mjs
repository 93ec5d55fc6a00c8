// TestValidateJob errorCases for backoffLimitPerIndex / maxFailedIndexes with completions above
// the 100000 soft limit. The Jobs are suspended: validation is all that matters.
const T = (name, extra) => `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  suspend: true
  completionMode: Indexed
${extra}  template:
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
`;
const cases = [
  // no completions: SetDefaults_Job gives completions=parallelism=1, so only the blpi error remains
  ['blpi-neg', '  backoffLimitPerIndex: -1\n', ['spec.backoffLimitPerIndex: Invalid value: -1: must be greater than or equal to 0']],
  ['mfi-11', '  completions: 10\n  backoffLimitPerIndex: 1\n  maxFailedIndexes: 11\n', ['spec.maxFailedIndexes: Invalid value: 11: must be less than or equal to completions']],
  ['mfi-req', '  completions: 100001\n  backoffLimitPerIndex: 1\n', ['spec.maxFailedIndexes: Required value: must be specified when completions is above 100000']],
  ['par-50k', '  completions: 100001\n  parallelism: 50000\n  backoffLimitPerIndex: 1\n  maxFailedIndexes: 1\n',
    ['spec.parallelism: Invalid value: 50000: must be less than or equal to 10000 when completions are above 100000 and used with backoff limit per index']],
  ['mfi-100001', '  completions: 100001\n  backoffLimitPerIndex: 1\n  maxFailedIndexes: 100001\n',
    ['spec.maxFailedIndexes: Invalid value: 100001: must be less than or equal to 100000',
      'spec.maxFailedIndexes: Invalid value: 100001: must be less than or equal to 10000 when completions are above 100000 and used with backoff limit per index']],
  ['mfi-50k', '  completions: 100001\n  backoffLimitPerIndex: 1\n  maxFailedIndexes: 50000\n',
    ['spec.maxFailedIndexes: Invalid value: 50000: must be less than or equal to 10000 when completions are above 100000 and used with backoff limit per index']],
  ['mfi-neg', '  completions: 3\n  backoffLimitPerIndex: 1\n  maxFailedIndexes: -1\n', ['spec.maxFailedIndexes: Invalid value: -1: must be greater than or equal to 0']],
  ['mfi-noblpi', '  completions: 3\n  maxFailedIndexes: 1\n', ['spec.backoffLimitPerIndex: Required value: when maxFailedIndexes is specified']],
  ['par-idx', '  completions: 2\n  parallelism: 100001\n', ['spec.parallelism: Invalid value: 100001: must be less than or equal to 100000 when completion mode is Indexed']],
];
export default {
  id: 'validationtables/indexed-high-completions-table',
  source: 'pkg/apis/batch/validation/validation_test.go TestValidateJob errorCases (backoffLimitPerIndex/maxFailedIndexes/parallelism entries); validation.go validateJobSpec (completionsSoftLimit, parallelismLimitForHighCompletions, maxFailedIndexesLimitForHighCompletions); batch/v1 defaults.go SetDefaults_Job (completions=parallelism=1 when both unset)',
  exit: 2,
  scenario: cases.map(([n, extra]) => T(n, extra)).join('---\n'),
  check(r, h) {
    const lines = r.stderr.split('\n');
    for (const [n, , want] of cases) {
      const mine = lines.filter((l) => l.includes(`Job default/${n}: `));
      for (const m of want) h.assert(mine.some((l) => l.endsWith(`Job default/${n}: ${m}`)), `${n}: missing ${m} in ${mine.join(' | ')}`);
      h.eq(mine.length, want.length, `${n}: number of problems (${mine.join(' | ')})`);
    }
  },
};
