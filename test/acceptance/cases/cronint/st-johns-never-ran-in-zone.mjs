// "never ran, not time in zone" / "never ran, is time in zone" with a negative half-hour offset: "0 9 * * *" in
// America/St_Johns (NDT, -02:30 in May) is 11:30Z. Created at 11:29Z: nothing until 11:30:00 (requeue 1m + 100ms),
// then the Job named after 11:30Z, annotated 09:00:00-02:30; the next one the following day at 11:30Z.
export default {
  id: 'cronint/st-johns-never-ran-in-zone',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob rows "never ran, not time in zone" (1m + nextScheduleDelta), "never ran, is time in zone"; cronjob_controllerv2.go formatSchedule ("TZ=%s %s"), getJobName; utils.go getJobFromTemplate2 (scheduledTime.In(timeZoneLocation).Format(time.RFC3339))',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T11:29:00Z"
  duration: 1d1m30s
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: snazzycats}
spec:
  schedule: "0 9 * * *"
  timeZone: America/St_Johns
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('mycronjob').map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['mycronjob-24394290', '2016-05-19T11:30:00Z', '2016-05-19T09:00:00-02:30'],
      ['mycronjob-24395730', '2016-05-20T11:30:00Z', '2016-05-20T09:00:00-02:30'],
    ], 'Jobs');
    h.eq(h.cronjob('mycronjob', 'snazzycats').status.lastScheduleTime, '2016-05-20T11:30:00Z', 'lastScheduleTime in UTC');
  },
};
