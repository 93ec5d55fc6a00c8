// Count with backoffLimitPerIndex 1: the index is retried once (10s per-index back-off), the
// second counted failure (failure-count annotation 1 >= 1) fails the index: FailedIndexes at +31s.
export default {
  id: 'policy/count-per-index-limit',
  source: 'job-controller.md §6 (index failed when a counted failure has failure-count >= backoffLimitPerIndex), §3.4; indexed_job_utils.go isIndexFailed',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completionMode: Indexed
  completions: 1
  backoffLimitPerIndex: 1
  podFailurePolicy:
    rules:
    - { action: Count, onExitCodes: { operator: In, values: [1] } }
  template:
    metadata: { annotations: { jobsim/exit-codes: "1" } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('x');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.metadata.annotations['batch.kubernetes.io/job-index-failure-count']]), [[0, '0'], [20, '1']], 'pods');
    const job = h.job('x');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'FailedIndexes', 31], ['Failed', 'FailedIndexes', 31]], 'conditions');
    h.eq([job.status.failed, job.status.failedIndexes], [2, '0'], '[failed, failedIndexes]');
  },
};
