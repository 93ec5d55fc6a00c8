// "@monthly" in Europe/Berlin is 00:00 CEST on the 1st (22:00Z the day before). After a 44-day outage (back
// 2016-07-14T22:30Z) the earliest is the 1 June run; t1 = 1 July is before now and t2 = 1 August is not, so only the
// 1 July run is started, late, named after 2016-06-30T22:00Z and annotated 2016-07-01T00:00:00+02:00.
export default {
  id: 'cronint/monthly-berlin-outage-latest',
  source: 'kubernetes pkg/controller/cronjob/utils.go mostRecentScheduleTime (now.Before(t2): return t1), getJobFromTemplate2 (annotation in spec.timeZone); cronjob_controllerv2.go getJobName, formatSchedule ("TZ=Europe/Berlin @monthly"); utils_test.go TestNextScheduleTime case 4 (one start needed after LastScheduleTime)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-31T21:00:00Z"
  duration: 45d
  faults:
  - { at: 1h30m, controllerDown: cronjob, for: 44d }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: monthly, namespace: snazzycats}
spec:
  schedule: "@monthly"
  timeZone: Europe/Berlin
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('monthly').map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['monthly-24412200', '2016-05-31T22:00:00Z', '2016-06-01T00:00:00+02:00'],
      ['monthly-24455400', '2016-07-14T22:30:00Z', '2016-07-01T00:00:00+02:00'],
    ], 'the June run on time, the July run late');
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'no warning');
    h.eq(h.cronjob('monthly', 'snazzycats').status.lastScheduleTime, '2016-06-30T22:00:00Z', 'lastScheduleTime');
  },
};
