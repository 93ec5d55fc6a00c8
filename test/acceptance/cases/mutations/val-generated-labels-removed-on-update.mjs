// A suspended Job that never started may change its template labels, but ValidateUpdate still runs ValidateJob:
// validateGeneratedSelector requires the generated labels (PrepareForUpdate does not regenerate them, unlike
// PrepareForCreate). Removing job-name and batch.kubernetes.io/job-name is rejected with two Required errors
// (the detail is the expected value, the Job's name).
export default {
  id: 'mutations/val-generated-labels-removed-on-update',
  source: 'pkg/registry/batch/job/strategy.go ValidateUpdate (ValidateJob with RequirePrefixedLabels = old template had both prefixed labels), PrepareForUpdate (no generateSelector); pkg/apis/batch/validation/validation.go validateGeneratedSelector; pkg/apis/core/validation ValidateHasLabel (field.Required(fldPath.Child("labels").Key(key), expectedValue))',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  duration: 2m
  timeline:
  - {at: 20s, patch: {kind: Job, name: x, spec: {template: {metadata: {labels: {job-name: null, batch.kubernetes.io/job-name: null}}}}}}
  - {at: 30s, patch: {kind: Job, name: x, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  suspend: true
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines, [
      '7: Job default/x: spec.template.metadata.labels[job-name]: Required value: x',
      '7: Job default/x: spec.template.metadata.labels[batch.kubernetes.io/job-name]: Required value: x',
    ], 'stderr problems');
  },
};
