// TestBackoffLimitPerIndex_DelayedPodDeletion: Indexed 1/1, backoffLimitPerIndex 1: the first pod of index 0 fails;
// the replacement carries job-index-failure-count "1"; after it succeeds: Active 0, Succeeded 1, Failed 1, Complete.
export default {
  id: 'integjob/blpi-delayed-deletion',
  source: 'test/integration/job/job_test.go TestBackoffLimitPerIndex_DelayedPodDeletion (getIndexFailureCount(replacement) == 1; Succeeded 1, Failed 1); indexed_job_utils.go getPodsWithDelayedDeletionPerIndex; reference §6',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: dd}
spec:
  completionMode: Indexed
  completions: 1
  parallelism: 1
  backoffLimitPerIndex: 1
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,0"}}
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('dd');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'], p.status.phase, p.metadata.finalizers ?? []]),
      [[0, '0', 'Failed', []], [20, '1', 'Succeeded', []]], 'pods [created, failure-count, phase, finalizers]');
    const job = h.job('dd');
    h.eq([job.status.active ?? 0, job.status.succeeded, job.status.failed, job.status.completedIndexes, job.status.failedIndexes, job.status.terminating, job.status.ready], [0, 1, 1, '0', '', 0, 0], '[active, succeeded, failed, completedIndexes, failedIndexes, terminating, ready]');
    h.hasCond(job, 'Complete', 'CompletionsReached');
    h.eq(h.sec(job.status.completionTime), 31, 'completionTime');
  },
};
