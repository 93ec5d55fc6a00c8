// Removing an immutable pointer field with a null merge patch: the new value is nil, printed "null".
export default {
  id: 'mutations/val-immutable-removals',
  source: 'pkg/apis/batch/validation/validation.go ValidateJobSpecUpdate (ValidateImmutableField managedBy, backoffLimitPerIndex, podFailurePolicy); apimachinery field.Invalid with a nil pointer value prints "null"',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: m, spec: {managedBy: null}}}
  - {at: 5s, patch: {kind: Job, name: i, spec: {backoffLimitPerIndex: null}}}
  - {at: 5s, patch: {kind: Job, name: p, spec: {podFailurePolicy: null}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: m}
spec:
  managedBy: kubernetes.io/job-controller
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: i}
spec:
  completions: 2
  parallelism: 2
  completionMode: Indexed
  backoffLimitPerIndex: 1
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: p}
spec:
  podFailurePolicy:
    rules:
    - {action: FailJob, onExitCodes: {operator: In, values: [42]}}
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines, [
      '6: Job default/m: spec.managedBy: Invalid value: "null": field is immutable',
      '7: Job default/i: spec.backoffLimitPerIndex: Invalid value: "null": field is immutable',
      '8: Job default/p: spec.podFailurePolicy: Invalid value: "null": field is immutable',
    ], 'stderr problems');
  },
};
