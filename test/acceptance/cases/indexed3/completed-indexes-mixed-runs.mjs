// completedIndexes mixes the two forms: indexes 0,1,3,4,5,7 done and 2, 6 still running -> "0,1,3-5,7" (a pair stays
// "a,b", three or more become "a-b"); succeeded 6 and active 2 at 15s.
export default {
  id: 'indexed3/completed-indexes-mixed-runs',
  source: 'pkg/controller/job/indexed_job_utils.go orderedIntervals.String (Last == First+1 -> ","; else "-"); reference §14',
  args: ['--duration', '15s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: mr}
spec:
  behaviors:
    - selector: {matchLabels: {app: mr}}
      duration: 10s
      perIndex:
        "2": {duration: 1h}
        "6": {duration: 1h}
---
apiVersion: batch/v1
kind: Job
metadata: {name: mr}
spec:
  completionMode: Indexed
  completions: 8
  parallelism: 8
  template:
    metadata: {labels: {app: mr}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('mr');
    h.eq([job.status.completedIndexes, job.status.succeeded, job.status.active], ['0,1,3-5,7', 6, 2], '[completedIndexes, succeeded, active]');
  },
};
