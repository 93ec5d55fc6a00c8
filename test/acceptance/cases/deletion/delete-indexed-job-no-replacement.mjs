// An Indexed Job (completions 4, parallelism 2) deleted at 30s: its pods for indexes 0 and 1 are collected (grace 30),
// no index is re-created, no pod for indexes 2-3 ever appears; completedIndexes (omitempty) stays absent in the last state.
export default {
  id: 'deletion/delete-indexed-job-no-replacement',
  source: 'job_controller.go syncJob (Job not found: return); garbagecollector; pod strategy CheckGracefulDelete',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 5m
  timeline:
  - {at: 30s, delete: {kind: Job, name: ix}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ix}
spec:
  completionMode: Indexed
  completions: 4
  parallelism: 2
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('ix').map((p) => [p.metadata.labels['batch.kubernetes.io/job-completion-index'], h.sec(p.metadata.deletionTimestamp), p.metadata.finalizers]);
    h.eq(pods.sort(), [['0', 60, undefined], ['1', 60, undefined]], 'two pods, collected');
    const j = h.job('ix');
    h.eq([j.status.active, j.status.completedIndexes], [2, undefined], 'last state');
  },
};
