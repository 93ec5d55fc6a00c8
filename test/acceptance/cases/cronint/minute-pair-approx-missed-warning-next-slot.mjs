// mostRecentScheduleTime's approximation with "0,1 * * * *": the first two slots after lastScheduleTime (10:01) are
// 11:00 and 11:01, one minute apart. Back at 13:30 the estimate is n = 151 and the search starts at 13:29, whose Next
// (14:00) is after now: no Job for 13:00/13:01 and no warning (nextScheduleTime returns before it); the requeue is
// Next(now) + 100ms (missed != none). At 14:00:00.1 the same estimate (n = 181, from 13:59) finds 14:00: only then
// TooManyMissedTimes, with the 14:00 Job; 14:01 follows normally.
export default {
  id: 'cronint/minute-pair-approx-missed-warning-next-slot',
  source: 'kubernetes pkg/controller/cronjob/utils.go mostRecentScheduleTime (timeBetweenTwoSchedules from t1,t2; numberOfMissedSchedules; potentialEarliest = t1 + (n-2)*between; mostRecentTime.IsZero -> nil), nextScheduleTime (mostRecentTime == nil: return before the TooManyMissedTimes event), nextScheduleTimeDuration (missed != none: base = now); utils_test.go TestMostRecentScheduleTime "another complex schedule", TestNextScheduleTimeDuration "another complex schedule skipping weekend"',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:59:30Z"
  duration: 4h2m
  faults:
  - { at: 2m, controllerDown: cronjob, for: 3h28m30s }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: pair, namespace: snazzycats}
spec:
  schedule: "0,1 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).filter((e) => e.reason !== 'SawCompletedJob' && e.reason !== 'SuccessfulDelete').map((e) => [e.firstTimestamp, e.type, e.reason, e.message]), [
      ['2016-05-19T10:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job pair-24394200'],
      ['2016-05-19T10:01:00Z', 'Normal', 'SuccessfulCreate', 'Created job pair-24394201'],
      ['2016-05-19T14:00:00Z', 'Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew'],
      ['2016-05-19T14:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job pair-24394440'],
      ['2016-05-19T14:01:00Z', 'Normal', 'SuccessfulCreate', 'Created job pair-24394441'],
    ], 'nothing at the 13:30 restart; warning with the 14:00 Job');
    h.eq(h.jobsOf('pair').map((j) => j.metadata.name), ['pair-24394200', 'pair-24394201', 'pair-24394440', 'pair-24394441'], 'no Job for 13:00 or 13:01');
  },
};
