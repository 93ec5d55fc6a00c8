// backoffLimitPerIndex 3, an index that always fails: retries after 10s, 20s, 40s (0, 20, 50, 100s), failure-count
// annotations 0..3; the fourth failure (count 3 >= 3) fails the index: FailedIndexes at 111s, failed 4.
export default {
  id: 'backoff/blpi-three-retries-timeline',
  source: 'backoff_utils_test.go TestGetRemainingBackoffTimePerIndex (n = failure count + 1); indexed_job_utils.go isIndexFailed; reference job-controller §3.4, §6',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: three }
spec:
  completionMode: Indexed
  completions: 1
  backoffLimitPerIndex: 3
  template:
    metadata: { annotations: { jobsim/exit-codes: "1" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('three');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.metadata.annotations['batch.kubernetes.io/job-index-failure-count']]), [[0, '0'], [20, '1'], [50, '2'], [100, '3']], '[creation, failure-count]');
    const job = h.job('three');
    h.eq([job.status.failed, job.status.failedIndexes], [4, '0'], '[failed, failedIndexes]');
    h.eq(h.sec(h.hasCond(job, 'Failed', 'FailedIndexes').lastTransitionTime), 111, 'Failed at 111s');
  },
};
