// The per-index delay uses the same doubling and 10-minute cap as the global one: an index that always fails
// with backoffLimitPerIndex 8 is retried at 0, 20, 50, 100, 190, 360, 690, 1300, 1910s; its ninth failure
// (failure count 8 >= 8) fails the index, and the Job ends FailedIndexes at 1921s.
export default {
  id: 'backoff/blpi-cap-10m',
  source: 'backoff_utils.go getRemainingTimePerIndex -> getRemainingTimeForFailuresCount (MaxJobPodFailureBackOff 10m); reference job-controller §3.1, §3.4, §6',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: cap }
spec:
  completionMode: Indexed
  completions: 1
  backoffLimitPerIndex: 8
  template:
    metadata: { annotations: { jobsim/exit-codes: "1" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('cap');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 20, 50, 100, 190, 360, 690, 1300, 1910], 'creation times');
    h.eq(pods.map((p) => p.metadata.annotations['batch.kubernetes.io/job-index-failure-count']), ['0', '1', '2', '3', '4', '5', '6', '7', '8'], 'failure-count annotations');
    const job = h.job('cap');
    h.eq([job.status.failed, job.status.failedIndexes], [9, '0'], '[failed, failedIndexes]');
    h.eq(h.sec(h.hasCond(job, 'Failed', 'FailedIndexes').lastTransitionTime), 1921, 'Failed at 1921s');
  },
};
