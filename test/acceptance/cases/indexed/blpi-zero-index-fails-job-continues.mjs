// backoffLimitPerIndex: 0 — the first failure of index 0 fails the index at once (failedIndexes "0", no replacement,
// counted in the same sync); the Job keeps running index 1 and ends Failed/FailedIndexes when index 1 succeeds.
export default {
  id: 'indexed/blpi-zero-index-fails-job-continues',
  source: 'test/integration/job TestBackoffLimitPerIndex "job continues execution after a failed index, the job is marked Failed due to the failed index"; job_controller_test.go TestSyncJobWithJobBackoffLimitPerIndex "single failed index due to exceeding the backoff limit per index, the job continues"; reference §6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: blpi4}
spec:
  behaviors:
    - selector: {matchLabels: {app: z}}
      duration: 30s
      perIndex:
        "0": {duration: 10s, exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: z}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 0
  template:
    metadata: {labels: {app: z}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('z').map((p) => p.metadata.name.slice(0, 4)), ['z-0-', 'z-1-'], 'no replacement for index 0');
    const job = h.job('z');
    h.eq([job.status.failed, job.status.succeeded, job.status.failedIndexes, job.status.completedIndexes], [1, 1, '0', '1'], '[failed, succeeded, failedIndexes, completedIndexes]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]),
      [['FailureTarget', 'FailedIndexes', 31], ['Failed', 'FailedIndexes', 31]], 'conditions');
  },
};
