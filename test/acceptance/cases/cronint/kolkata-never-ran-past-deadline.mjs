// "never ran, is time, past deadline" in Asia/Kolkata: created 09:29Z, first slot 09:30Z (15:00 IST), SDS 10s, the
// controller is down 09:29:30-09:31:00. Back at 09:31 the slot is more than 10 s old: earliest = 09:30:50, Next is
// 10:30Z: no Job, no event (MissSchedule is not reached). The requeue (computed without SDS from the creation time)
// is Next(09:30Z) + 100ms: the 10:30Z (16:00 IST) Job is created on time.
export default {
  id: 'cronint/kolkata-never-ran-past-deadline',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob rows "never ran, is time, past deadline" (no create, 0 warnings, requeue to the next slot) and "never ran, is time in zone"; utils.go mostRecentScheduleTime (includeStartingDeadlineSeconds), nextScheduleTimeDuration (includeStartingDeadlineSeconds false)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:29:00Z"
  duration: 1h2m
  faults:
  - { at: 30s, controllerDown: cronjob, for: 1m30s }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: snazzycats}
spec:
  schedule: "0 * * * ?"
  timeZone: Asia/Kolkata
  startingDeadlineSeconds: 10
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2016-05-19T10:30:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394230'],
      ['2016-05-19T10:30:11Z', 'SawCompletedJob', 'Saw completed job: mycronjob-24394230, condition: Complete'],
    ], 'the 09:30Z slot dropped silently');
    h.eq(h.jobsOf('mycronjob').map((j) => [j.metadata.name, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [['mycronjob-24394230', '2016-05-19T16:00:00+05:30']], 'one Job');
    h.eq(h.cronjob('mycronjob', 'snazzycats').status.lastScheduleTime, '2016-05-19T10:30:00Z', 'lastScheduleTime');
  },
};
