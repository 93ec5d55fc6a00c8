// TestBackoffLimitPerIndex_DelayedPodDeletion (once replaced): the replacement of index 0 is created at 20s with
// job-index-failure-count "1"; in the next sync (pod events batched by 1s) the failed pod is no longer delayed (its
// index is active again): its finalizer is removed and it is counted: at 21s active 1, failed 1, failedIndexes "".
export default {
  id: 'integjob2/blpi-delayed-deletion-after-replacement',
  source: 'test/integration/job/job_test.go TestBackoffLimitPerIndex_DelayedPodDeletion (Active 1, Failed 1 after the failed pod is deleted; getIndexFailureCount(replacement) == 1); indexed_job_utils.go getPodsWithDelayedDeletionPerIndex (activeIndexes skip), getNewIndexFailureCounts; job_controller.go addPod/updatePod enqueueSyncJobBatched',
  args: ['--duration', '21s'],
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
    metadata: {annotations: {jobsim/exit-codes: "1,0", jobsim/duration: 10s}}
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('dd');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'], p.spec.hostname, p.metadata.finalizers ?? []]),
      [[0, 'Failed', '0', 'dd-0', []], [20, 'Running', '1', 'dd-0', ['batch.kubernetes.io/job-tracking']]], 'pods [created, phase, failure-count, hostname, finalizers]');
    const job = h.job('dd');
    h.eq([job.status.active, job.status.failed, job.status.succeeded ?? 0, job.status.failedIndexes, job.status.terminating], [1, 1, 0, '', 0], '[active, failed, succeeded, failedIndexes, terminating]');
    h.eq(job.status.conditions ?? [], [], 'no condition');
  },
};
