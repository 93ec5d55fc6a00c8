// Adding maxFailedIndexes to a NonIndexed Job: Required backoffLimitPerIndex and "requires indexed completion mode".
export default {
  id: 'mutations/val-maxfailedindexes-patch-nonindexed',
  source: 'pkg/apis/batch/validation/validation.go validateJobSpec (Required backoffLimitPerIndex "when maxFailedIndexes is specified"; NonIndexed "requires indexed completion mode")',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: x, spec: {maxFailedIndexes: 1}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines, [
      '6: Job default/x: spec.backoffLimitPerIndex: Required value: when maxFailedIndexes is specified',
      '6: Job default/x: spec.maxFailedIndexes: Invalid value: 1: requires indexed completion mode',
    ], 'stderr problems');
  },
};
