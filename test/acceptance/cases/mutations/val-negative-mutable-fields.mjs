// backoffLimit, activeDeadlineSeconds and ttlSecondsAfterFinished are mutable but still validated as non-negative on update.
export default {
  id: 'mutations/val-negative-mutable-fields',
  source: 'pkg/apis/batch/validation/validation.go validateJobSpec (ValidateNonnegativeField: "must be greater than or equal to 0"), via ValidateJobSpecUpdate',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: x, spec: {backoffLimit: -1}}}
  - {at: 5s, patch: {kind: Job, name: x, spec: {activeDeadlineSeconds: -5}}}
  - {at: 5s, patch: {kind: Job, name: x, spec: {ttlSecondsAfterFinished: -2}}}
  - {at: 5s, patch: {kind: Job, name: x, spec: {completions: -1}}}
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
      '6: Job default/x: spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0',
      '7: Job default/x: spec.activeDeadlineSeconds: Invalid value: -5: must be greater than or equal to 0',
      '8: Job default/x: spec.ttlSecondsAfterFinished: Invalid value: -2: must be greater than or equal to 0',
      '9: Job default/x: spec.completions: Invalid value: -1: must be greater than or equal to 0',
      '9: Job default/x: spec.completions: Invalid value: -1: field is immutable',
    ], 'stderr problems');
  },
};
