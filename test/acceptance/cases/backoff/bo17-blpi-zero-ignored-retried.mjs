// backoffLimitPerIndex 0: an Ignored failure (exit 42) does not fail the index; it is retried after the per-index
// delay (n = 0 + 0 + 1: 10s) with ignored-failure-count "1"; the next, counted failure (failure count 0 >= 0)
// fails the index at once: failedIndexes "0", FailedIndexes at 31s, status.failed 1.
export default {
  id: 'backoff/blpi-zero-ignored-retried',
  source: 'indexed_job_utils.go isIndexFailed / getNewIndexFailureCounts (Ignore -> ignored count +1); backoff_utils.go getRemainingTimePerIndex; reference job-controller §3.4, §6',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: z }
spec:
  completionMode: Indexed
  completions: 1
  backoffLimitPerIndex: 0
  podFailurePolicy:
    rules:
    - { action: Ignore, onExitCodes: { operator: In, values: [42] } }
  template:
    metadata: { annotations: { jobsim/exit-codes: "42,1" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('z');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 20], 'creation times');
    h.eq(pods[1].metadata.annotations['batch.kubernetes.io/job-index-ignored-failure-count'], '1', 'ignored count of the retry');
    h.eq(pods[1].metadata.annotations['batch.kubernetes.io/job-index-failure-count'], '0', 'failure count of the retry');
    const job = h.job('z');
    h.eq([job.status.failed, job.status.failedIndexes], [1, '0'], '[failed, failedIndexes]');
    h.eq(h.sec(h.hasCond(job, 'Failed', 'FailedIndexes').lastTransitionTime), 31, 'Failed at 31s');
  },
};
