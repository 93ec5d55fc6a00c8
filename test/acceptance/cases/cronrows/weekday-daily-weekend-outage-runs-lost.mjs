// "0 17 * * 1-5" ran Wednesday 2026-01-07 17:00; the CronJob controller is down until Monday 01-12 09:00. The first two
// slots after lastScheduleTime (Thu and Fri 17:00) are 24h apart, so n = 88h/24h + 1 = 4 and the search starts at
// t1 + 2 x 24h = Saturday 17:00, whose Next is Monday 17:00 > now: neither the Thursday nor the Friday run is started
// when the controller comes back, and nothing is reported. The requeue is from now: Monday 17:00 runs on time.
export default {
  id: 'cronrows/weekday-daily-weekend-outage-runs-lost',
  source: 'kubernetes pkg/controller/cronjob/utils.go mostRecentScheduleTime (between from t1, t2; potentialEarliest = t1 + (n-2)*between; no Next <= now -> nil, fewMissed), nextScheduleTime (nil: nothing, no warning), nextScheduleTimeDuration (missed != none -> Next(now)); utils_test.go TestMostRecentScheduleTime "another complex schedule", TestNextScheduleTimeDuration "complex schedule skipping weekend"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2026-01-07T16:30:00Z"
  duration: 120h35m
  faults:
  - { at: 35m, controllerDown: cronjob, for: 111h55m }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: report}
spec:
  schedule: "0 17 * * 1-5"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2026-01-07T17:00:00Z', 'SuccessfulCreate', 'Created job report-29463420'],
      ['2026-01-07T17:00:11Z', 'SawCompletedJob', 'Saw completed job: report-29463420, condition: Complete'],
      ['2026-01-12T17:00:00Z', 'SuccessfulCreate', 'Created job report-29470620'],
      ['2026-01-12T17:00:11Z', 'SawCompletedJob', 'Saw completed job: report-29470620, condition: Complete'],
    ], 'nothing when the controller returns Monday 09:00');
    h.eq(h.cronjob('report').status.lastScheduleTime, '2026-01-12T17:00:00Z', 'lastScheduleTime');
  },
};
