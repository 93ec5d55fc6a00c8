// The converse: a running Job (not suspended in the old object) cannot be suspended and re-targeted in one patch.
export default {
  id: 'mutations/suspend-and-directive-same-patch-rejected',
  source: 'pkg/registry/batch/job/strategy.go validationOptionsForJob (oldJob.Spec.Suspend must be true); validation.go validatePodTemplateUpdate (ValidateImmutableField "field is immutable")',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  timeline:
  - {at: 20s, patch: {kind: Job, name: x, spec: {suspend: true, template: {spec: {nodeSelector: {kubernetes.io/hostname: node-3}}}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 5m}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines.length, 1, `one problem: ${JSON.stringify(lines)}`);
    h.assert(/^6: Job default\/x: spec\.template: Invalid value: .*: field is immutable$/.test(lines[0]), lines[0]);
  },
};
