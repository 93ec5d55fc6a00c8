// maxFailedIndexes 1, backoffLimitPerIndex 0: indexes 0 and 1 both fail at 10s, seen in the same sync (11s): 2 failed
// indexes > 1: FailureTarget MaxFailedIndexesExceeded with failedIndexes "0,1"; index 2's running pod is deleted and
// counted failed (failed 3); Failed at 12s once it is gone.
export default {
  id: 'indexed3/maxfailed-two-in-one-sync',
  source: 'pkg/controller/job/job_controller.go syncJob (jobCtx.failedIndexes.total() > *MaxFailedIndexes), trackJobStatusAndRemoveFinalizers (killed pods counted failed); reference §2.4 step 6, §6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  behaviors:
    - selector: {matchLabels: {app: m2}}
      duration: 1h
      perIndex:
        "0": {duration: 10s, exitCodes: [1]}
        "1": {duration: 10s, exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: m2}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 0
  maxFailedIndexes: 1
  template:
    metadata: {labels: {app: m2}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('m2');
    h.eq([job.status.failedIndexes, job.status.failed, job.status.succeeded ?? 0, job.status.completedIndexes ?? ''], ['0,1', 3, 0, ''], '[failedIndexes, failed, succeeded, completedIndexes]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'MaxFailedIndexesExceeded', 11], ['Failed', 'MaxFailedIndexesExceeded', 12]], 'conditions');
    h.eq(h.events({ kind: 'Job', name: 'm2', type: 'Warning' }).map((e) => [e.reason, e.message, h.sec(e.firstTimestamp)]), [['MaxFailedIndexesExceeded', 'Job has exceeded the specified maximal number of failed indexes', 12]], 'warning events');
  },
};
