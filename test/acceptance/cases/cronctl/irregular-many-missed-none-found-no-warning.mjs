// mostRecentScheduleTime estimates the missed count from the gap between the first two slots after earliest
// (Mon 10:30 and 11:30: 1h). After a 12-day outage (back Wed 2016-06-01 16:30) that gives n = 223 > 100 (MANY), but
// the search starts at potentialEarliest = Wed 15:30 and the next slot is Thu 10:30 > now, so mostRecent is nil:
// nextScheduleTime returns before the TooManyMissedTimes warning, nothing is created, and the requeue is
// Next(now) + 100 ms (missed != none, so base = now): the Thursday 10:30 sync. There the estimate (n = 241, search
// from Thu 09:30) does find 10:30, so that sync warns TooManyMissedTimes and creates the Job.
export default {
  id: 'cronctl/irregular-many-missed-none-found-no-warning',
  source: 'kubernetes pkg/controller/cronjob/utils.go mostRecentScheduleTime (timeBetweenTwoSchedules, numberOfMissedSchedules, potentialEarliest), nextScheduleTime (mostRecentTime == nil: return before the TooManyMissedTimes event), nextScheduleTimeDuration (missed != noneMissed: base = now); utils_test.go TestMostRecentScheduleTime "another complex schedule", TestNextScheduleTimeDuration "another complex schedule skipping weekend"',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-20T12:00:00Z"
  duration: 13d
  faults:
  - { at: 31m, controllerDown: cronjob, for: 12d3h59m }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: wk}
spec:
  schedule: "30 10,11,12 * * 1-5"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).filter((e) => e.reason !== 'SawCompletedJob').map((e) => [e.firstTimestamp, e.type, e.reason, e.message]).slice(0, 3), [
      ['2016-05-20T12:30:00Z', 'Normal', 'SuccessfulCreate', 'Created job wk-24395790'],
      ['2016-06-02T10:30:00Z', 'Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew'],
      ['2016-06-02T10:30:00Z', 'Normal', 'SuccessfulCreate', 'Created job wk-24414390'],
    ], 'no warning and no Job at the restart (Wed 16:30); the next sync is Thursday 10:30');
  },
};
