// completions 3, parallelism 1, pods of 20s: two pods have succeeded (20s, 40s) and the third runs when the Job is
// deleted at 50s. The Succeeded pods go with grace 0 (deletionTimestamp 50s), the running one with 30s (80s).
// status.succeeded stays 2 in the Job's last state.
export default {
  id: 'deletion/delete-job-mixed-pods',
  source: 'pod strategy CheckGracefulDelete (terminal: 0, else terminationGracePeriodSeconds default 30); garbagecollector (dangling owner -> delete dependents)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 5m
  timeline:
  - {at: 50s, delete: {kind: Job, name: m}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: m}
spec:
  completions: 3
  template:
    metadata: {annotations: {jobsim/duration: "20s"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('m');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds]),
      [[0, 'Succeeded', 50, 0], [21, 'Succeeded', 50, 0], [42, 'Failed', 80, 30]], 'pods');
    const j = h.job('m');
    h.eq([j.status.succeeded, j.status.active], [2, 1], 'Job status at deletion');
    h.eq(h.sec(j.metadata.deletionTimestamp), 50, 'Job deletionTimestamp');
  },
};
