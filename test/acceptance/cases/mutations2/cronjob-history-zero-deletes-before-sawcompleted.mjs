// successfulJobsHistoryLimit lowered to 0 while the 00:10 Job runs. When it completes (00:11:01) the sync runs
// cleanupFinishedJobs before syncCronJob: the Job is deleted (SuccessfulDelete "Deleted job ...") and removed from
// status.active there, so syncCronJob does not see it as an active Job finishing: no SawCompletedJob. It still
// sets lastSuccessfulTime from the listed Job's completionTime.
export default {
  id: 'mutations2/cronjob-history-zero-deletes-before-sawcompleted',
  source: 'cronjob_controllerv2.go sync (cleanupFinishedJobs then syncCronJob on the same Job list), removeOldestJobs/deleteJob (deleteFromActiveList, Eventf SuccessfulDelete "Deleted job %v"), syncCronJob (SawCompletedJob only when found in active; lastSuccessfulTime for any succeeded Job); reference cronjob §2.2, §2.7',
  args: ['--duration', '15m'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 10m30s, patch: {kind: CronJob, name: cj, spec: {successfulJobsHistoryLimit: 0}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 1m}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]),
      [[600, 'SuccessfulCreate', 'Created job cj-29453770'], [661, 'SuccessfulDelete', 'Deleted job cj-29453770']], 'CronJob events');
    const cj = h.cronjob('cj');
    h.eq([h.sec(cj.status.lastScheduleTime), h.sec(cj.status.lastSuccessfulTime), (cj.status.active ?? []).length], [600, 661, 0], '[lastScheduleTime, lastSuccessfulTime, active]');
    h.eq(h.sec(h.job('cj-29453770').metadata.deletionTimestamp), 661, 'Job deletion requested at 00:11:01');
  },
};
