// e2e "should delete failed finished jobs with limit of one job": newTestCronJob uses restartPolicy OnFailure and
// backoffLimit 1, so /bin/false fails the Job at its first container restart (restartCount 1 >= backoffLimit 1:
// BackoffLimitExceeded, the running pod deleted and counted failed). successfulJobsHistoryLimit 0,
// failedJobsHistoryLimit 1: each sync that sees a second failed Job deletes the older one (cleanup runs before the
// active-list reconciliation, so SuccessfulDelete precedes SawCompletedJob).
export default {
  id: 'upstreamtests/e2e-cronjob-failed-history-limit',
  source: 'test/e2e/apps/cronjob.go "should delete failed finished jobs with limit of one job", ensureHistoryLimits, newTestCronJob (OnFailure, backoffLimit 1); cronjob_controllerv2.go sync (cleanupFinishedJobs before syncCronJob), deleteJob ("Deleted job %v"); job_controller.go pastBackoffLimitOnFailure',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 3m30s
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: failed-jobs-history-limit}
spec:
  schedule: "*/1 * * * ?"
  concurrencyPolicy: Allow
  successfulJobsHistoryLimit: 0
  failedJobsHistoryLimit: 1
  jobTemplate:
    spec:
      parallelism: 1
      completions: 1
      backoffLimit: 1
      template:
        metadata: {annotations: {jobsim/duration: 1500ms, jobsim/exit-codes: "1"}}
        spec:
          containers: [{name: c, image: busybox:1.36, command: ["/bin/false"]}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    h.eq(h.of('Job').map((j) => [j.metadata.name, h.sec(j.metadata.deletionTimestamp)]), [
      ['failed-jobs-history-limit-29453761', 123], ['failed-jobs-history-limit-29453762', 183], ['failed-jobs-history-limit-29453763', undefined]], 'Jobs and when they were deleted');
    const j = h.job('failed-jobs-history-limit-29453763');
    h.hasCond(j, 'Failed', 'BackoffLimitExceeded');
    h.eq([j.status.failed, j.status.succeeded ?? 0, j.status.active ?? 0], [1, 0, 0], 'failed job counters');
    const ev = h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp) >= 0 ? e.reason : '', e.message]);
    h.eq(ev.filter(([r]) => r === 'SuccessfulDelete'), [
      ['SuccessfulDelete', 'Deleted job failed-jobs-history-limit-29453761'],
      ['SuccessfulDelete', 'Deleted job failed-jobs-history-limit-29453762'],
    ], 'history deletions');
    const cj = h.events({ kind: 'CronJob' });
    const i = cj.findIndex((e) => e.reason === 'SuccessfulDelete');
    h.eq([cj[i + 1].reason, cj[i + 1].message], ['SawCompletedJob', 'Saw completed job: failed-jobs-history-limit-29453762, condition: Failed'], 'cleanup precedes SawCompletedJob in the same sync');
    h.eq(h.sec(cj[i].firstTimestamp), h.sec(cj[i + 1].firstTimestamp), 'same sync');
  },
};
