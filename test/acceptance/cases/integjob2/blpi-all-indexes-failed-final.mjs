// TestBackoffLimitPerIndex_Reenabling (with the feature on throughout): 3/3 Indexed, backoffLimitPerIndex 0; indexes
// 0, 1, 2 fail at 10s, 20s, 30s: each index is failed at its first failure (no replacement). When every index is
// failed (failed + succeeded indexes reach completions) the Job fails with FailedIndexes; failedIndexes is written as
// the compressed interval "0-2" (three consecutive indexes), completedIndexes stays empty.
export default {
  id: 'integjob2/blpi-all-indexes-failed-final',
  source: 'test/integration/job/job_test.go TestBackoffLimitPerIndex_Reenabling (backoffLimitPerIndex 0: each failed pod fails its index; validateJobFailed); job_controller.go syncJob (failedIndexes.total()+succeededIndexes.total() >= completions -> FailedIndexes "Job has failed indexes"); indexed_job_utils.go orderedIntervals.String ("-" for 3+ consecutive)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: blpi}
spec:
  behaviors:
    - selector: {matchLabels: {app: bl}}
      exitCodes: [1]
      perIndex:
        "0": {duration: 10s}
        "1": {duration: 20s}
        "2": {duration: 30s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: bl}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 0
  template:
    metadata: {labels: {app: bl}}
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('bl');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'True', 'FailedIndexes', 'Job has failed indexes', 31],
      ['Failed', 'True', 'FailedIndexes', 'Job has failed indexes', 31],
    ], 'conditions');
    h.eq([job.status.failedIndexes, job.status.completedIndexes ?? '', job.status.failed, job.status.succeeded ?? 0, job.status.active ?? 0, job.status.terminating, job.status.completionTime],
      ['0-2', '', 3, 0, 0, 0, undefined], '[failedIndexes, completedIndexes, failed, succeeded, active, terminating, completionTime]');
    h.eq(h.podsOf('bl').map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'], p.status.phase, p.metadata.finalizers ?? []]),
      [['0', '0', 'Failed', []], ['1', '0', 'Failed', []], ['2', '0', 'Failed', []]], 'pods [index, failure-count, phase, finalizers] (no replacement)');
    h.eq(h.events({ kind: 'Job', name: 'bl', type: 'Warning' }).map((e) => [e.reason, e.message, h.sec(e.firstTimestamp)]), [['FailedIndexes', 'Job has failed indexes', 31]], 'warning events');
  },
};
