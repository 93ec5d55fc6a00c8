// e2e "should delete successful finished jobs with limit of one successful job": successfulJobsHistoryLimit 1,
// failedJobsHistoryLimit 0, pods complete at once. Each later sync that sees two Complete Jobs deletes the one with
// the older status.startTime (Background propagation), leaving exactly one finished Job.
export default {
  id: 'upstreamtests/e2e-cronjob-success-history-limit',
  source: 'test/e2e/apps/cronjob.go "should delete successful finished jobs with limit of one successful job", ensureHistoryLimits; cronjob_controllerv2.go cleanupFinishedJobs/removeOldestJobs (byJobStartTime), deleteJob ("Deleted job %v")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 3m30s
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: successful-jobs-history-limit}
spec:
  schedule: "*/1 * * * ?"
  successfulJobsHistoryLimit: 1
  failedJobsHistoryLimit: 0
  jobTemplate:
    spec:
      parallelism: 1
      completions: 1
      backoffLimit: 1
      template:
        metadata: {annotations: {jobsim/duration: 1500ms}}
        spec:
          containers: [{name: c, image: busybox:1.36, command: ["/bin/true"]}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    const jobs = h.of('Job');
    h.eq(jobs.map((j) => [j.metadata.name, j.metadata.deletionTimestamp === undefined]), [
      ['successful-jobs-history-limit-29453761', false], ['successful-jobs-history-limit-29453762', false], ['successful-jobs-history-limit-29453763', true]], 'only the newest finished Job is left');
    const cj = h.cronjob('successful-jobs-history-limit');
    h.eq([cj.status.lastScheduleTime, (cj.status.active ?? []).length, h.sec(cj.status.lastSuccessfulTime)], ['2026-01-01T00:03:00Z', 0, h.sec(h.job('successful-jobs-history-limit-29453763').status.completionTime)], 'cronjob status');
    h.eq(h.events({ kind: 'CronJob', reason: 'SuccessfulDelete' }).map((e) => e.message), ['Deleted job successful-jobs-history-limit-29453761', 'Deleted job successful-jobs-history-limit-29453762'], 'deletions');
  },
};
