// Per-index delay n = failure count + ignored failure count + 1 of the index's last failed pod:
// ignored (exit 42) at 10s -> 10s; counted at 30s by a pod with ignored 1 -> 20s; counted at 60s by a pod
// with counts (1, 1) -> 40s. The annotations of each replacement carry the counts.
export default {
  id: 'backoff/blpi-ignored-count-in-delay',
  source: 'backoff_utils.go getRemainingTimePerIndex (getIndexAbsoluteFailureCount + 1); indexed_job_utils.go addIndexFailureCountAnnotation; reference job-controller §3.4, §6',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: f }
spec:
  completionMode: Indexed
  completions: 1
  backoffLimitPerIndex: 2
  podFailurePolicy:
    rules:
    - { action: Ignore, onExitCodes: { operator: In, values: [42] } }
  template:
    metadata: { annotations: { jobsim/exit-codes: "42,1,1,0" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('f');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 20, 50, 100], 'creation times');
    h.eq(pods.map((p) => [p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'], p.metadata.annotations['batch.kubernetes.io/job-index-ignored-failure-count'] ?? null]),
      [['0', null], ['0', '1'], ['1', '1'], ['2', '1']], '[failure-count, ignored-failure-count]');
    const job = h.job('f');
    h.eq([job.status.failed, job.status.succeeded, job.status.failedIndexes], [2, 1, ''], '[failed, succeeded, failedIndexes]');
    h.eq(h.sec(h.hasCond(job, 'Complete').lastTransitionTime), 111, 'Complete at 111s');
  },
};
