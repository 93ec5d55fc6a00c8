// "*/25 * * * *" fires at :00, :25 and :50, so after the 10:25 run the first two slots (10:50, 11:00) are only 10
// minutes apart. The CronJob controller is down 10:30-11:40: mostRecentScheduleTime estimates n = 3000s/600s + 1 = 6
// and searches from t1 + 4 x 10m = 11:30, whose Next is 11:50 > now: the real most recent slot (11:25) is dropped
// without a Job or an event. The requeue is Next(now) + 100ms: the 11:50 Job runs on time.
export default {
  id: 'cronrows/step-25-outage-drops-latest-slot',
  source: 'kubernetes pkg/controller/cronjob/utils.go mostRecentScheduleTime (between = t2 - t1, potentialEarliest = t1 + (n-2)*between, mostRecentTime.IsZero -> nil, fewMissed), nextScheduleTimeDuration (nil, missed != none -> Next(now)); utils_test.go TestMostRecentScheduleTime "another complex schedule" (expectedRecentTime nil), TestNextScheduleTimeDuration "another complex schedule skipping weekend"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2026-01-01T10:20:00Z"
  duration: 1h35m
  faults:
  - { at: 10m, controllerDown: cronjob, for: 70m }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/25 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2026-01-01T10:25:00Z', 'SuccessfulCreate', 'Created job cj-29454385'],
      ['2026-01-01T10:25:11Z', 'SawCompletedJob', 'Saw completed job: cj-29454385, condition: Complete'],
      ['2026-01-01T11:50:00Z', 'SuccessfulCreate', 'Created job cj-29454470'],
      ['2026-01-01T11:50:11Z', 'SawCompletedJob', 'Saw completed job: cj-29454470, condition: Complete'],
    ], 'nothing at the 11:40 restart (11:25 dropped); 11:50 on time');
  },
};
