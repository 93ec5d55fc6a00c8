// maxFailedIndexes 0 with backoffLimitPerIndex 1: index 0 fails at 5s (exit 1) and waits for its retry (due 15s),
// its pod kept uncounted (delayed deletion). Index 1 exits 3 at 8s, a FailIndex rule: at 9s failedIndexes "1" exceeds
// maxFailedIndexes: FailureTarget MaxFailedIndexesExceeded; index 2's running pod is deleted; every pod loses its
// finalizer and is counted failed, index 0's waiting pod included (failed 3); index 0 is not in failedIndexes and is
// never retried. Failed at 10s.
export default {
  id: 'indexed3/blpi-maxfailed-counts-delayed-pod',
  source: 'pkg/controller/job/job_controller.go canRemoveFinalizer (finishedCondition != nil wins over delayed deletion), trackJobStatusAndRemoveFinalizers; indexed_job_utils.go isIndexFailed; reference §2.4 step 6, §2.7, §6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: mf}
spec:
  behaviors:
    - selector: {matchLabels: {app: mf}}
      duration: 1h
      perIndex:
        "0": {duration: 5s, exitCodes: [1]}
        "1": {duration: 8s, exitCodes: [3]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: mf}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 1
  maxFailedIndexes: 0
  podFailurePolicy:
    rules: [{action: FailIndex, onExitCodes: {operator: In, values: [3]}}]
  template:
    metadata: {labels: {app: mf}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('mf').length, 3, 'no retry of index 0');
    const job = h.job('mf');
    h.eq([job.status.failed, job.status.failedIndexes, job.status.succeeded ?? 0, job.status.terminating], [3, '1', 0, 0], '[failed, failedIndexes, succeeded, terminating]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'MaxFailedIndexesExceeded', 'Job has exceeded the specified maximal number of failed indexes', 9],
      ['Failed', 'MaxFailedIndexesExceeded', 'Job has exceeded the specified maximal number of failed indexes', 10]], 'conditions');
    h.eq(h.events({ kind: 'Job', name: 'mf', reason: 'SuccessfulDelete' }).map((e) => [e.message.slice(0, 18), h.sec(e.firstTimestamp)]), [['Deleted pod: mf-2-', 9]], 'deletions');
  },
};
