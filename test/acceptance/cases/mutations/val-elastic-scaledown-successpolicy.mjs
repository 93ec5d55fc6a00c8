// successPolicy is immutable, but it is re-validated against the new completions on an elastic scale-down:
// succeededIndexes "0-3" has an index >= 3 and succeededCount 4 > 3 completions.
export default {
  id: 'mutations/val-elastic-scaledown-successpolicy',
  source: 'pkg/apis/batch/validation/validation.go validateSuccessPolicyRule (validateIndexesFormat/parseIndexInterval "too large index: %q"; "must be less than or equal to %d (the number of specified completions)")',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  timeline:
  - {at: 10s, patch: {kind: Job, name: a, spec: {completions: 3, parallelism: 3}}}
  - {at: 10s, patch: {kind: Job, name: b, spec: {completions: 3, parallelism: 3}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  completions: 4
  parallelism: 4
  completionMode: Indexed
  successPolicy: {rules: [{succeededIndexes: "0-3"}]}
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: b}
spec:
  completions: 4
  parallelism: 4
  completionMode: Indexed
  successPolicy: {rules: [{succeededCount: 4}]}
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines, [
      '6: Job default/a: spec.successPolicy.rules[0].succeededIndexes: Invalid value: "0-3": error parsing succeededIndexes: too large index: "3"',
      '7: Job default/b: spec.successPolicy.rules[0].succeededCount: Invalid value: 4: must be less than or equal to 3 (the number of specified completions)',
    ], 'stderr problems');
  },
};
