// Ignore with backoffLimitPerIndex 0: the ignored failure does not fail the index; the
// replacement carries job-index-failure-count "0" and job-index-ignored-failure-count "1" and
// waits the per-index back-off (n = 0 + 0 + 1: 10s from the finish at +10s).
export default {
  id: 'policy/ignore-per-index-annotations',
  source: 'job-controller.md §5 (Ignore: ignored-failure-count incremented), §6, §3.4; indexed_job_utils.go addIndexFailureCountAnnotation; backoff_utils.go getRemainingTimePerIndex',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completionMode: Indexed
  completions: 1
  backoffLimitPerIndex: 0
  podFailurePolicy:
    rules:
    - { action: Ignore, onExitCodes: { operator: In, values: [1] } }
  template:
    metadata: { annotations: { jobsim/exit-codes: "1,0" } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('x');
    const ann = (p) => [p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'], p.metadata.annotations['batch.kubernetes.io/job-index-ignored-failure-count']];
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), ...ann(p)]), [[0, '0', undefined], [20, '0', '1']], 'pods [created, failure-count, ignored-failure-count]');
    const job = h.job('x');
    h.eq([job.status.failed ?? 0, job.status.succeeded, job.status.failedIndexes, job.status.completedIndexes], [0, 1, '', '0'], '[failed, succeeded, failedIndexes, completedIndexes]');
    h.eq(h.sec(h.hasCond(job, 'Complete').lastTransitionTime), 31, 'Complete at +31s');
  },
};
