// Pod-level resources are not a scheduling directive either: a suspended Job that never started cannot have
// spec.template.spec.resources added by a patch (MutablePodResourcesForSuspendedJobs is alpha, off, in 1.35).
export default {
  id: 'podlevel/patch-pod-level-resources-suspended-refused',
  source: 'pkg/apis/batch/validation/validation.go ValidateJobSpecUpdate/validatePodTemplateUpdate (a suspended Job may change only nodeSelector, tolerations, node affinity, labels, annotations, schedulingGates of its template; anything else: spec.template field is immutable)',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m}
spec:
  timeline:
  - {at: 9s, patch: {kind: Job, name: sj, spec: {template: {spec: {resources: {requests: {cpu: "1"}}}}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sj}
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
    h.assert(/^6: Job default\/sj: spec\.template: Invalid value: .*: field is immutable$/.test(lines[0]), lines[0]);
  },
};
