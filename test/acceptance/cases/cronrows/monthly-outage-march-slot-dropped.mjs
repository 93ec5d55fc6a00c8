// mostRecentScheduleTime with "@monthly" after it ran on 2026-01-01: t1 = Feb 1, t2 = Mar 1, so the estimate uses
// February's 28 days. The CronJob controller is down 2026-01-01T00:05Z-2026-03-30T12:00Z: elapsed since t1 is 57.5 days, n = 3,
// and the search starts at potentialEarliest = t1 + (n-2)*28d = Mar 1 00:00 exactly; Next is strictly after it
// (Apr 1), past now: no most recent time, so the missed March run is dropped without a Job or an event. The requeue
// is from now (missed != none): the April Job runs on time.
export default {
  id: 'cronrows/monthly-outage-march-slot-dropped',
  source: 'kubernetes pkg/controller/cronjob/utils.go mostRecentScheduleTime (timeBetweenTwoSchedules = t2 - t1; potentialEarliest = t1 + (n-1-1)*between; for t := Next(potentialEarliest); !t.After(now) ...; mostRecentTime.IsZero -> nil), nextScheduleTimeDuration (nil and missed != none -> Next(now)); utils_test.go TestMostRecentScheduleTime "another complex schedule" (expectedRecentTime nil, fewMissed), TestNextScheduleTimeDuration "another complex schedule skipping weekend"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2025-12-31T23:30:00Z"
  duration: 2184h35m
  faults:
  - { at: 35m, controllerDown: cronjob, for: 2123h55m }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: monthly}
spec:
  schedule: "@monthly"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2026-01-01T00:00:00Z', 'SuccessfulCreate', 'Created job monthly-29453760'],
      ['2026-01-01T00:00:11Z', 'SawCompletedJob', 'Saw completed job: monthly-29453760, condition: Complete'],
      ['2026-04-01T00:00:00Z', 'SuccessfulCreate', 'Created job monthly-29583360'],
      ['2026-04-01T00:00:11Z', 'SawCompletedJob', 'Saw completed job: monthly-29583360, condition: Complete'],
    ], 'nothing at the 03-30 restart: no March Job');
    h.eq(h.cronjob('monthly').status.lastScheduleTime, '2026-04-01T00:00:00Z', 'lastScheduleTime');
  },
};
