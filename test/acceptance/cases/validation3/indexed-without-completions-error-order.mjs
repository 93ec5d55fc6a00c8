// An Indexed Job without completions and with parallelism and maxFailedIndexes past 100000: every rule of the
// Indexed block reports, the ones without a field of their own (both Required) in validateJobSpec's order.
export default {
  id: 'validation3/indexed-without-completions-error-order',
  source: 'pkg/apis/batch/validation/validation.go validateJobSpec (Required backoffLimitPerIndex "when maxFailedIndexes is specified" before the completionMode block; there Required completions "when completion mode is Indexed", parallelism "must be less than or equal to 100000 when completion mode is Indexed", maxFailedIndexes "must be less than or equal to 100000"; the completions comparisons skipped for nil completions); validation_test.go TestValidateJob "spec.completions: Required value: when completion mode is Indexed", "spec.parallelism: must be less than or equal to 100000 when completion mode is Indexed"; batch/v1 SetDefaults_Job (completions stays nil when parallelism is set)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: idx
spec:
  completionMode: Indexed
  parallelism: 100001
  maxFailedIndexes: 100001
  template:
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines, [
      '5: Job default/idx: spec.backoffLimitPerIndex: Required value: when maxFailedIndexes is specified',
      '5: Job default/idx: spec.completions: Required value: when completion mode is Indexed',
      '7: Job default/idx: spec.parallelism: Invalid value: 100001: must be less than or equal to 100000 when completion mode is Indexed',
      '8: Job default/idx: spec.maxFailedIndexes: Invalid value: 100001: must be less than or equal to 100000',
    ], 'problems in order');
  },
};
