// Once the Job has started (status.startTime set, kept by the suspension in 1.33-1.35), removing a scheduling gate
// from its template is refused even while it is suspended.
export default {
  id: 'mutations2/directives-scheduling-gates-after-start-refused',
  source: 'pkg/registry/batch/job/strategy.go validationOptionsForJob (AllowMutableSchedulingDirectives = suspended && oldJob.Status.StartTime == nil); validation.go validatePodTemplateUpdate',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 30s, patch: {kind: Job, name: g, spec: {suspend: true}}}
  - {at: 40s, patch: {kind: Job, name: g, spec: {template: {spec: {schedulingGates: null}}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: g}
spec:
  template:
    spec:
      schedulingGates: [{name: example.com/hold}]
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines.length, 1, `one problem: ${JSON.stringify(lines)}`);
    h.assert(/^7: Job default\/g: spec\.template: Invalid value: .*: field is immutable$/.test(lines[0]), lines[0]);
  },
};
