// A Job suspended by a timeline patch at 0s, before the Job controller's first sync (input runs
// before the controllers at an instant), never gets a status.startTime (jobsim's own run shows no
// pod and no startTime until the resume). Its template's nodeSelector is then mutable, as
// the API server decides from the stored status.startTime == nil, not from the Job's creation spec.
export default {
  id: 'timeline/template-directives-suspended-before-first-sync',
  source: 'pkg/registry/batch/job/strategy.go validationOptionsForJob (suspended := oldJob.Spec.Suspend; notStarted := oldJob.Status.StartTime == nil); job_controller.go syncJob (StartTime set only in a sync of a non-suspended Job); README Time and randomness (scenario input runs first at an instant)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: zero}
spec:
  timeline:
  - {at: 0s, patch: {kind: Job, name: j, spec: {suspend: true}}}
  - {at: 1m, patch: {kind: Job, name: j, spec: {template: {spec: {nodeSelector: {kubernetes.io/hostname: node-2}}}}}}
  - {at: 2m, patch: {kind: Job, name: j, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    const pods = h.podsOf('j');
    h.eq(pods.length, 1, 'one pod');
    h.eq(h.sec(pods[0].metadata.creationTimestamp), 120, 'first pod only on resume');
    h.eq(pods[0].spec.nodeName, 'node-2', 'new nodeSelector applied');
    h.eq(h.sec(j.status.startTime), 120, 'startTime from the resume');
  },
};
