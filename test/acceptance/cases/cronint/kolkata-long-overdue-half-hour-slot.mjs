// "never ran, long overdue, no deadline" in a half-hour zone: "0 * * * ?" in Asia/Kolkata (+05:30) fires at :30 UTC.
// The CronJob is created at 08:59Z and the controller is down from 09:00:05Z for a week; back at 2016-05-26T10:00Z,
// earliest = creationTimestamp, t1 = 09:30Z on the 19th, n = 169 > 100: TooManyMissedTimes, and only the most recent
// slot (09:30Z = 15:00 IST) is created, its annotation in +05:30. The requeue is Next(09:30Z) + 100ms: 10:30Z.
export default {
  id: 'cronint/kolkata-long-overdue-half-hour-slot',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob rows "prev ran but done, long overdue, no deadline, A" and "never ran, is time in zone"; utils.go mostRecentScheduleTime (earliest = creationTimestamp, numberOfMissedSchedules > 100 -> manyMissed), nextScheduleTime (TooManyMissedTimes), getJobFromTemplate2 (scheduledTime.In(timeZoneLocation).Format(time.RFC3339)), nextScheduleTimeDuration',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T08:59:00Z"
  duration: 7d1h32m
  faults:
  - { at: 1m5s, controllerDown: cronjob, for: 7d59m55s }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: snazzycats}
spec:
  schedule: "0 * * * ?"
  timeZone: Asia/Kolkata
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).filter((e) => e.reason !== 'SawCompletedJob').map((e) => [e.firstTimestamp, e.type, e.reason, e.message]), [
      ['2016-05-26T10:00:00Z', 'Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew'],
      ['2016-05-26T10:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24404250'],
      ['2016-05-26T10:30:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24404310'],
    ], 'one warning, the latest slot at the restart, then on the half hour');
    const jobs = h.jobsOf('mycronjob').map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]);
    h.eq(jobs, [
      ['mycronjob-24404250', '2016-05-26T10:00:00Z', '2016-05-26T15:00:00+05:30'],
      ['mycronjob-24404310', '2016-05-26T10:30:00Z', '2016-05-26T16:00:00+05:30'],
    ], 'Jobs: names in UTC minutes, annotations in IST');
    h.eq(h.cronjob('mycronjob', 'snazzycats').status.lastScheduleTime, '2016-05-26T10:30:00Z', 'lastScheduleTime');
  },
};
