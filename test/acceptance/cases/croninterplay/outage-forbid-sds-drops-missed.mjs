// The same outage with startingDeadlineSeconds 300: at the restart (00:38) the look-back starts at 00:33, so the
// missed 00:30 slot is dropped without an event; the restart sync only reports SawCompletedJob. The next Job is the
// 00:40 slot, on time.
export default {
  id: 'croninterplay/outage-forbid-sds-drops-missed',
  source: 'utils.go mostRecentScheduleTime (SDS lifts earliest); reference §2.6 h (no MissSchedule)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 45m
  faults:
  - {at: 18m, controllerDown: cronjob, for: 20m}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  concurrencyPolicy: Forbid
  startingDeadlineSeconds: 300
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "15m"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    h.eq(ev, [
      [600, 'SuccessfulCreate', 'Created job cj-29453770'],
      [2280, 'SawCompletedJob', 'Saw completed job: cj-29453770, condition: Complete'],
      [2400, 'SuccessfulCreate', 'Created job cj-29453800'],
    ], 'CronJob events');
    h.eq(h.cronjob('cj').status.lastScheduleTime, '2026-01-01T00:40:00Z', 'lastScheduleTime');
  },
};
