// A day of a CronJob every minute: 1439 Jobs created, the history keeps the 3 newest successful ones,
// named <cronjob>-<minutes since epoch>: 2026-01-01T23:57..23:59 = 29455197..29455199.
export default {
  id: 'scale/cronjob-day-history-names',
  source: 'cronjob_controllerv2.go cleanupFinishedJobs (successfulJobsHistoryLimit 3, oldest startTime first), getJobName (scheduledTime.Unix()/60)',
  timeoutMs: 180000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1d
---
apiVersion: batch/v1
kind: CronJob
metadata: { name: every }
spec:
  schedule: "* * * * *"

  jobTemplate:
    spec:

      template:
        metadata: { annotations: { jobsim/exit-codes: "0" } }
        spec:
          containers: [{ name: c, image: busybox }]
          restartPolicy: Never
`,
  check(r, h) {
    const jobs = h.of('Job');
    h.eq(jobs.length, 1439, 'jobs that existed');
    const live = jobs.filter((j) => !j.metadata.deletionTimestamp).map((j) => j.metadata.name);
    h.eq(live, ['every-29455197', 'every-29455198', 'every-29455199'], 'Jobs left');
    h.eq(h.events({ kind: 'CronJob', reason: 'SuccessfulDelete' }).length, 1436, 'SuccessfulDelete events');
    const cj = h.cronjob('every');
    h.eq([cj.status.lastScheduleTime, cj.status.lastSuccessfulTime, cj.status.active], ['2026-01-01T23:59:00Z', '2026-01-01T23:59:11Z', undefined], 'CronJob status');
    h.eq(h.of('Pod').filter((p) => !p.metadata.deletionTimestamp).length, 3, 'pods left (background deletion of the Jobs removes theirs)');
  },
};
