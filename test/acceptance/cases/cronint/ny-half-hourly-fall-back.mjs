// "*/30 * * * *" in America/New_York through the 2016-11-06 fall-back: robfig's minute loop adds whole minutes to an
// absolute time, so from 01:30 EDT it reaches 01:00 EST (06:00Z) and runs the repeated hour again: in UTC the Jobs
// stay 30 minutes apart (five consecutive names), while the annotations read 01:00/01:30 twice, -04:00 then -05:00.
export default {
  id: 'cronint/ny-half-hourly-fall-back',
  source: 'robfig/cron v3.0.1 spec.go SpecSchedule.Next (minute loop t = t.Add(1 * time.Minute); goto WRAP on minute 0); kubernetes pkg/controller/cronjob/cronjob_controllerv2.go formatSchedule ("TZ=America/New_York ..."), getJobName; utils.go getJobFromTemplate2 (annotation in spec.timeZone); TestControllerV2SyncCronJob "never ran, is time in zone"',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-11-06T04:59:00Z"
  duration: 2h2m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: half, namespace: snazzycats}
spec:
  schedule: "*/30 * * * *"
  timeZone: America/New_York
  successfulJobsHistoryLimit: 10
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('half').map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['half-24640140', '2016-11-06T05:00:00Z', '2016-11-06T01:00:00-04:00'],
      ['half-24640170', '2016-11-06T05:30:00Z', '2016-11-06T01:30:00-04:00'],
      ['half-24640200', '2016-11-06T06:00:00Z', '2016-11-06T01:00:00-05:00'],
      ['half-24640230', '2016-11-06T06:30:00Z', '2016-11-06T01:30:00-05:00'],
      ['half-24640260', '2016-11-06T07:00:00Z', '2016-11-06T02:00:00-05:00'],
    ], 'Jobs');
    h.eq(h.cronjob('half', 'snazzycats').status.lastScheduleTime, '2016-11-06T07:00:00Z', 'lastScheduleTime');
  },
};
