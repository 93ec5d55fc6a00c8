// backoffLimitPerIndex: 0, maxFailedIndexes: 1 — the second failed index exceeds maxFailedIndexes: FailureTarget
// MaxFailedIndexesExceeded at once, the still-running index 2 is deleted and counted failed (failed 3), failedIndexes
// "0,1"; Failed and the Warning event once it has terminated.
export default {
  id: 'indexed/max-failed-indexes-exceeded',
  source: 'test/integration/job TestBackoffLimitPerIndex "job execution terminated early due to exceeding max failed indexes" (wantFailed 3, failedIndexes "0,1", terminating 1); job_controller_test.go TestSyncJobWithJobBackoffLimitPerIndex "job failed due to exceeding max failed indexes"; reference §2.4 step 6, §6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: mfi}
spec:
  behaviors:
    - selector: {matchLabels: {app: m}}
      duration: 1h
      perIndex:
        "0": {duration: 10s, exitCodes: [1]}
        "1": {duration: 20s, exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: m}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 0
  maxFailedIndexes: 1
  template:
    metadata: {labels: {app: m}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('m');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'MaxFailedIndexesExceeded', 'Job has exceeded the specified maximal number of failed indexes', 21],
      ['Failed', 'MaxFailedIndexesExceeded', 'Job has exceeded the specified maximal number of failed indexes', 22],
    ], 'conditions');
    h.eq([job.status.failed, job.status.failedIndexes, job.status.completedIndexes ?? '', job.status.active ?? 0, job.status.terminating], [3, '0,1', '', 0, 0],
      '[failed, failedIndexes, completedIndexes, active, terminating]');
    h.eq(h.events({ kind: 'Job', name: 'm' }).filter((e) => e.reason !== 'SuccessfulCreate').map((e) => [e.type, e.reason, e.message.replace(/-[a-z0-9]{5}$/, '-*'), h.sec(e.firstTimestamp)]), [
      ['Normal', 'SuccessfulDelete', 'Deleted pod: m-2-*', 21],
      ['Warning', 'MaxFailedIndexesExceeded', 'Job has exceeded the specified maximal number of failed indexes', 22],
    ], 'events after creation');
  },
};
