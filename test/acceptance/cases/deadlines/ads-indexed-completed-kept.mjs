// activeDeadlineSeconds on an Indexed Job (no per-index limit): index 0 succeeds at 10s, indexes 1 and 2 run 1h. At 30s
// FailureTarget DeadlineExceeded, the two running pods are deleted and counted failed; the succeeded index is kept:
// completedIndexes "0", succeeded 1, failed 2, no failedIndexes field; Failed at 31s.
export default {
  id: 'deadlines/ads-indexed-completed-kept',
  source: 'pkg/controller/job/job_controller.go syncJob pastActiveDeadline, deleteActivePods, trackJobStatusAndRemoveFinalizers (non-succeeded pods failed with a failure finish; completedIndexes kept; failedIndexes only with backoffLimitPerIndex); reference job-controller §2.5, §9, §14',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  behaviors:
    - selector: {matchLabels: {app: ix}}
      duration: 1h
      perIndex:
        "0": {duration: 10s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ix}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  activeDeadlineSeconds: 30
  template:
    metadata: {labels: {app: ix}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('ix');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'DeadlineExceeded', 30], ['Failed', 'DeadlineExceeded', 31]], 'conditions');
    h.eq([job.status.completedIndexes, job.status.succeeded, job.status.failed, 'failedIndexes' in job.status], ['0', 1, 2, false], '[completedIndexes, succeeded, failed, has failedIndexes]');
    h.eq(h.podsOf('ix').length, 3, 'pods');
    h.eq(h.events({ reason: 'SuccessfulDelete', kind: 'Job' }).map((e) => h.sec(e.firstTimestamp)), [30, 30], 'pod deletions at the deadline');
  },
};
