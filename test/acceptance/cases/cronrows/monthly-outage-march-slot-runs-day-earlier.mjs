// The boundary of monthly-outage-march-slot-dropped: the same "@monthly" CronJob (last run 2026-01-01) with the
// controller back on 2026-03-28T12:00Z. Elapsed since t1 (Feb 1) is 55.5 days < 2 x 28 days, so n = 2, the search
// starts at t1 and finds Mar 1: the missed March Job is created at the restart (no warning) and April follows on time.
export default {
  id: 'cronrows/monthly-outage-march-slot-runs-day-earlier',
  source: 'kubernetes pkg/controller/cronjob/utils.go mostRecentScheduleTime (numberOfMissedSchedules = elapsed/between + 1 = 2; potentialEarliest = t1; latest Next <= now), nextScheduleTime (fewMissed: no warning); utils_test.go TestMostRecentScheduleTime "now just after next schedule"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2025-12-31T23:30:00Z"
  duration: 2184h35m
  faults:
  - { at: 35m, controllerDown: cronjob, for: 2075h55m }
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
    h.eq(h.jobsOf('monthly').map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['monthly-29453760', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'],
      ['monthly-29538720', '2026-03-28T12:00:00Z', '2026-03-01T00:00:00Z'],
      ['monthly-29583360', '2026-04-01T00:00:00Z', '2026-04-01T00:00:00Z'],
    ], 'the March Job at the restart');
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'no warning');
  },
};
