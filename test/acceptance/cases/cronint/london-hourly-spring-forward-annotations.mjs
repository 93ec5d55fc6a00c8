// "@hourly" in Europe/London across the 2016-03-27 spring-forward (01:00 GMT -> 02:00 BST): local 01:00 does not
// exist, robfig's Next steps from 00:00 GMT to 02:00 BST, so in UTC the Jobs stay one hour apart (names consecutive)
// while the scheduled-timestamp annotation switches from "Z" (GMT, zero offset) to "+01:00".
export default {
  id: 'cronint/london-hourly-spring-forward-annotations',
  source: 'kubernetes pkg/controller/cronjob/utils.go getJobFromTemplate2 (scheduledTime.In(timeZoneLocation).Format(time.RFC3339): "Z" for a zero offset); cronjob_controllerv2.go formatSchedule, getJobName; robfig/cron v3.0.1 SpecSchedule.Next (time.Add across the gap); TestControllerV2SyncCronJob "never ran, is time in zone"',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-03-26T22:59:00Z"
  duration: 3h2m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: hourly, namespace: snazzycats}
spec:
  schedule: "@hourly"
  timeZone: Europe/London
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('hourly').map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['hourly-24317220', '2016-03-26T23:00:00Z', '2016-03-26T23:00:00Z'],
      ['hourly-24317280', '2016-03-27T00:00:00Z', '2016-03-27T00:00:00Z'],
      ['hourly-24317340', '2016-03-27T01:00:00Z', '2016-03-27T02:00:00+01:00'],
      ['hourly-24317400', '2016-03-27T02:00:00Z', '2016-03-27T03:00:00+01:00'],
    ], 'Jobs');
    h.eq(h.events({ kind: 'CronJob', reason: 'SuccessfulDelete' }).map((e) => [e.firstTimestamp, e.message]), [['2016-03-27T02:00:11Z', 'Deleted job hourly-24317220']], 'default history limit 3');
  },
};
