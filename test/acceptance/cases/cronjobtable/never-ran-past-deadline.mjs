// TestControllerV2SyncCronJob row "never ran, is time, past deadline": startingDeadlineSeconds 10, created 09:01,
// first sync at 10:12 (outage): the 10:00 slot is more than 10s old, so nothing is created, no warning is
// emitted, and the CronJob is requeued 48m0.1s later (1h - 1m - 11m + nextScheduleDelta), when the 11:00 Job is
// created on time.
export default {
  id: 'cronjobtable/never-ran-past-deadline',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob row "never ran, is time, past deadline" (no create, 0 warnings, expectedRequeueDuration 1h-1m-11m+nextScheduleDelta)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:01:00Z"
  duration: 2h
  faults:
  - { at: 0s, controllerDown: cronjob, for: 71m }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: snazzycats}
spec:
  schedule: "0 * * * ?"
  startingDeadlineSeconds: 10
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    const jobs = h.of('Job');
    h.eq(jobs.map((j) => [j.metadata.name, j.metadata.creationTimestamp]), [['mycronjob-24394260', '2016-05-19T11:00:00Z']], 'no 10:00 Job; the 11:00 Job on time');
    const ev = h.events({ kind: 'CronJob' });
    h.eq(ev.map((e) => [e.firstTimestamp, e.type, e.reason]), [
      ['2016-05-19T11:00:00Z', 'Normal', 'SuccessfulCreate'],
      ['2016-05-19T11:00:11Z', 'Normal', 'SawCompletedJob'],
    ], 'no MissSchedule or other warning at 10:12');
    h.eq(h.cronjob('mycronjob', 'snazzycats').status.lastScheduleTime, '2016-05-19T11:00:00Z', 'lastScheduleTime');
  },
};
