// backoffLimitPerIndex: 2 — index 0 always fails: attempts at 0s, 20s (+10s) and 50s (+20s) carry failure counts
// "0", "1", "2"; the third failure (count 2 >= 2) marks the index failed (failedIndexes "0"), it is not retried, and the
// Job keeps running index 1. When index 1 succeeds every index is resolved: FailureTarget then Failed, reason
// FailedIndexes, "Job has failed indexes", with the Warning event only when Failed is written.
export default {
  id: 'indexed/blpi-index-exhausts-retries',
  source: 'test/integration/job TestBackoffLimitPerIndex "job index fails due to exceeding backoff limit per index"; job_controller_test.go TestSyncJobWithJobBackoffLimitPerIndex "job failed due to failed indexes"; indexed_job_utils.go isIndexFailed; reference §2.4 step 6, §6, §11',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: blpi2}
spec:
  behaviors:
    - selector: {matchLabels: {app: ex}}
      duration: 10s
      perIndex:
        "0": {exitCodes: [1]}
        "1": {duration: 100s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ex}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 2
  template:
    metadata: {labels: {app: ex}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const ix0 = h.podsOf('ex').filter((p) => p.metadata.name.startsWith('ex-0-'));
    h.eq(ix0.map((p) => [h.sec(p.metadata.creationTimestamp), p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'], p.status.phase]),
      [[0, '0', 'Failed'], [20, '1', 'Failed'], [50, '2', 'Failed']], 'index 0 pods [created, failure-count, phase]');
    const job = h.job('ex');
    h.eq([job.status.failed, job.status.succeeded, job.status.failedIndexes, job.status.completedIndexes, job.status.active ?? 0],
      [3, 1, '0', '1', 0], '[failed, succeeded, failedIndexes, completedIndexes, active]');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'True', 'FailedIndexes', 'Job has failed indexes', 101],
      ['Failed', 'True', 'FailedIndexes', 'Job has failed indexes', 101],
    ], 'conditions');
    h.eq(h.events({ kind: 'Job', name: 'ex', type: 'Warning' }).map((e) => [e.reason, e.message, h.sec(e.firstTimestamp)]),
      [['FailedIndexes', 'Job has failed indexes', 101]], 'warning events');
    h.eq(job.status.completionTime, undefined, 'no completionTime on a failed Job');
  },
};
