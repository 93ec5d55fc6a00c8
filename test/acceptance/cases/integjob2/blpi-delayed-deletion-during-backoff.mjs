// TestBackoffLimitPerIndex_DelayedPodDeletion (while the index waits for its back-off): the first pod of index 0 fails
// at 10s; until its replacement exists (20s, per-index back-off 10s) the failed pod keeps its tracking finalizer (its
// deletion is delayed so the replacement can inherit the failure count), and, the finalizer not being removed, it is not
// counted yet: at 15s failed is 0, active 0, no replacement, no condition.
export default {
  id: 'integjob2/blpi-delayed-deletion-during-backoff',
  source: 'test/integration/job/job_test.go TestBackoffLimitPerIndex_DelayedPodDeletion; indexed_job_utils.go getPodsWithDelayedDeletionPerIndex (failed pod of a non-active index); job_controller.go canRemoveFinalizer (delayed pod -> false), trackJobStatusAndRemoveFinalizers (only pods whose finalizer is removed are counted); backoff_utils.go getRemainingTimePerIndex',
  args: ['--duration', '15s'],
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
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, p.metadata.finalizers ?? []]), [[0, 'Failed', ['batch.kubernetes.io/job-tracking']]], 'pods [created, phase, finalizers]');
    const job = h.job('dd');
    h.eq([job.status.active ?? 0, job.status.failed ?? 0, job.status.succeeded ?? 0, job.status.failedIndexes, job.status.terminating, job.status.uncountedTerminatedPods], [0, 0, 0, '', 0, {}],
      '[active, failed, succeeded, failedIndexes, terminating, uncountedTerminatedPods]');
    h.eq(job.status.conditions ?? [], [], 'no condition');
  },
};
