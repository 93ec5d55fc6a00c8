// completedIndexes as an interval string with a gap: indexes 0, 2, 3 done and 1 still running: "0,2,3" (two consecutive indexes are written "a,b", not "a-b"); succeeded 3,
// active 1, ready 1.
export default {
  id: 'jobstatus2/indexed-noncontiguous-completed',
  source: 'pkg/controller/job/indexed_job_utils.go orderedIntervals.String; reference job-controller §14',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 30s
  behaviors:
  - selector: {matchLabels: {batch.kubernetes.io/job-completion-index: "1"}}
    duration: 1h
---
apiVersion: batch/v1
kind: Job
metadata: {name: ix}
spec:
  completionMode: Indexed
  completions: 4
  parallelism: 4
  template:
    spec:
      containers: [{name: c, image: "busybox:1.36"}]
      restartPolicy: Never
`,
  check(r, h) {
    const s = h.job('ix').status;
    h.eq([s.completedIndexes, s.succeeded, s.active, s.ready, s.failed, s.completionTime, s.conditions], ['0,2,3', 3, 1, 1, undefined, undefined, undefined], '[completedIndexes, succeeded, active, ready, failed, completionTime, conditions]');
  },
};
