// backoffLimitPerIndex: 1 with an explicit backoffLimit: 2 — the third failed pod (one per index, none exhausted its
// per-index budget) trips the global limit: FailureTarget BackoffLimitExceeded, the two running replacements are
// deleted and counted as failed (failed 5), failedIndexes stays "" and Failed follows once they are gone.
export default {
  id: 'indexed/blpi-global-backoff-limit-first',
  source: 'test/integration/job TestBackoffLimitPerIndex "job index fails due to exceeding the global backoff limit first" (wantFailed 5, wantTerminating 2, failedIndexes ""); job_controller_test.go TestSyncJobWithJobBackoffLimitPerIndex "job failed due to exceeding backoffLimit before backoffLimitPerIndex"; reference §6 last bullet, §2.7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: blpi3}
spec:
  behaviors:
    - selector: {matchLabels: {app: gb}}
      duration: 10s
      exitCodes: [1, 0]
      perIndex:
        "1": {duration: 12s, exitCodes: [1, 0]}
        "2": {duration: 25s, exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: gb}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimit: 2
  backoffLimitPerIndex: 1
  template:
    metadata: {labels: {app: gb}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('gb');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 26],
      ['Failed', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 27],
    ], 'conditions');
    h.eq([job.status.failed, job.status.succeeded ?? 0, job.status.failedIndexes, job.status.completedIndexes ?? '', job.status.active ?? 0, job.status.terminating],
      [5, 0, '', '', 0, 0], '[failed, succeeded, failedIndexes, completedIndexes, active, terminating]');
    const deletes = h.events({ kind: 'Job', name: 'gb', reason: 'SuccessfulDelete' });
    h.eq(deletes.map((e) => [e.message.replace(/-[a-z0-9]{5}$/, '-*'), h.sec(e.firstTimestamp)]).sort(),
      [['Deleted pod: gb-0-*', 26], ['Deleted pod: gb-1-*', 26]], 'running replacements deleted at the FailureTarget');
  },
};
