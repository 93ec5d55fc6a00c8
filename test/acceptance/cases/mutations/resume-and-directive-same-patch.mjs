// The old object decides whether scheduling directives may change: a Job created suspended (never started)
// may be resumed and given a nodeSelector in one patch; its pod lands on node-3.
export default {
  id: 'mutations/resume-and-directive-same-patch',
  source: 'pkg/registry/batch/job/strategy.go validationOptionsForJob (suspended := oldJob.Spec.Suspend; notStarted := oldJob.Status.StartTime == nil); validation.go validatePodTemplateUpdate',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  timeline:
  - {at: 20s, patch: {kind: Job, name: x, spec: {suspend: false, template: {spec: {nodeSelector: {kubernetes.io/hostname: node-3}}}}}}
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
    const pods = h.podsOf('x');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.spec.nodeName, p.spec.nodeSelector]), [[20, 'node-3', { 'kubernetes.io/hostname': 'node-3' }]], 'pod');
    const j = h.job('x');
    h.eq([h.sec(j.status.startTime), h.sec(j.status.completionTime), j.metadata.generation], [20, 31, 2], '[startTime, completionTime, generation]');
  },
};
