// Two problems on one field, in the API server's order: a negative backoffLimitPerIndex / maxFailedIndexes
// on a NonIndexed Job is first "must be greater than or equal to 0", then "requires indexed completion mode";
// maxFailedIndexes without backoffLimitPerIndex also wants the latter (Required, placed at spec).
export default {
  id: 'validation3/nonindexed-per-index-fields-negative-order',
  source: 'pkg/apis/batch/validation/validation.go validateJobSpec (ValidateNonnegativeField for backoffLimitPerIndex and maxFailedIndexes and Required backoffLimitPerIndex "when maxFailedIndexes is specified" early; "requires indexed completion mode" in the NonIndexed block after the completionMode checks); validation_test.go TestValidateJob "spec.backoffLimitPerIndex:must be greater than or equal to 0", "spec.backoffLimitPerIndex: Invalid value: 1: requires indexed completion mode"',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: blpi
spec:
  backoffLimitPerIndex: -1
  template:
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: mfi
spec:
  maxFailedIndexes: -1
  template:
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines, [
      '6: Job default/blpi: spec.backoffLimitPerIndex: Invalid value: -1: must be greater than or equal to 0',
      '6: Job default/blpi: spec.backoffLimitPerIndex: Invalid value: -1: requires indexed completion mode',
      '16: Job default/mfi: spec.backoffLimitPerIndex: Required value: when maxFailedIndexes is specified',
      '17: Job default/mfi: spec.maxFailedIndexes: Invalid value: -1: must be greater than or equal to 0',
      '17: Job default/mfi: spec.maxFailedIndexes: Invalid value: -1: requires indexed completion mode',
    ], 'problems in order');
  },
};
