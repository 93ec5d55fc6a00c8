// TestControllerV2SyncCronJob row "never ran, not time in zone" (timeZone America/New_York, "0 * * * ?", created
// 09:59Z): on-the-hour in New York is on-the-hour in UTC, so nothing at 09:59 and a requeue of 1m0.1s: the first Job
// is the 10:00Z one at 10:00:00Z; its scheduled-timestamp annotation is written in New York time (getJobFromTemplate2).
export default {
  id: 'cronjobtable/never-ran-in-zone-not-time',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob row "never ran, not time in zone" (expectedRequeueDuration 1m + nextScheduleDelta); utils.go getJobFromTemplate2 (annotation in spec.timeZone)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:59:00Z"
  duration: 1h5m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: snazzycats}
spec:
  schedule: "0 * * * ?"
  timeZone: America/New_York
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.of('Job').map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['mycronjob-24394200', '2016-05-19T10:00:00Z', '2016-05-19T06:00:00-04:00'],
      ['mycronjob-24394260', '2016-05-19T11:00:00Z', '2016-05-19T07:00:00-04:00'],
    ], 'Jobs at 10:00:00Z and 11:00:00Z');
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'no warnings');
    h.eq(h.cronjob('mycronjob', 'snazzycats').status.lastScheduleTime, '2016-05-19T11:00:00Z', 'lastScheduleTime is written in UTC');
  },
};
