// A Job that ran (status.startTime set) and was then suspended may not change its nodeSelector:
// AllowMutableSchedulingDirectives needs startTime == nil (kept by suspension in 1.33-1.35).
export default {
  id: 'timeline/template-directives-after-start-rejected',
  source: 'pkg/registry/batch/job/strategy.go validationOptionsForJob (notStarted := oldJob.Status.StartTime == nil); job_controller.go syncJob (suspension keeps StartTime); README known differences (Version)',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: started}
spec:
  timeline:
  - {at: 1m, patch: {kind: Job, name: j, spec: {suspend: true}}}
  - {at: 2m, patch: {kind: Job, name: j, spec: {template: {spec: {nodeSelector: {kubernetes.io/hostname: node-2}}}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 10m}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines.length, 1, `one problem: ${JSON.stringify(lines)}`);
    h.assert(/^7: Job default\/j: spec\.template: Invalid value: .*: field is immutable$/.test(lines[0]), lines[0]);
  },
};
