// Patching backoffLimitPerIndex onto a NonIndexed Job fails twice: ValidateJob (validateJobSpec:
// "requires indexed completion mode") and ValidateJobUpdate (immutable), in that order (the strategy
// appends the update errors after the spec errors).
export default {
  id: 'strategy/val-blpi-nonindexed-patch-two-errors',
  source: 'pkg/registry/batch/job/strategy.go ValidateUpdate (append(ValidateJob..., ValidateJobUpdate...)); pkg/apis/batch/validation/validation.go validateJobSpec (BackoffLimitPerIndex on NonIndexed: "requires indexed completion mode"), ValidateJobSpecUpdate (ValidateImmutableField backoffLimitPerIndex)',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: a, spec: {backoffLimitPerIndex: 1}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines, [
      '6: Job default/a: spec.backoffLimitPerIndex: Invalid value: 1: requires indexed completion mode',
      '6: Job default/a: spec.backoffLimitPerIndex: Invalid value: 1: field is immutable',
    ], 'problems');
  },
};
