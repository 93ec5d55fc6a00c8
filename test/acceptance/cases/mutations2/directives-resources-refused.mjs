// Container resources are not a scheduling directive: even a suspended Job that never started cannot change
// them (MutablePodResourcesForSuspendedJobs is alpha, off, in 1.35).
export default {
  id: 'mutations2/directives-resources-refused',
  source: 'pkg/apis/batch/validation/validation.go validatePodTemplateUpdate (only nodeSelector, tolerations, node affinity, labels, annotations, schedulingGates are copied from the new template)',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 9s, patch: {kind: Job, name: na, spec: {template: {spec: {containers: [{name: c, image: busybox, resources: {requests: {cpu: "1"}}}]}}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: na}
spec:
  suspend: true
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines.length, 1, `one problem: ${JSON.stringify(lines)}`);
    h.assert(/^6: Job default\/na: spec\.template: Invalid value: .*: field is immutable$/.test(lines[0]), lines[0]);
  },
};
