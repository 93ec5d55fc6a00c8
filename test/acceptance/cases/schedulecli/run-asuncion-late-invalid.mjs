// America/Asuncion started DST at 2023-10-01 00:00 (no local midnight). For "31 12 31 nov *" (Nov 31 does not exist)
// robfig's Next from before that day returns 2023-12-31 12:31 -03 (month-loop quirk), and Next of that returns the
// zero time. So upstream's first sync finds now < t1: no event, requeue at t1 + 100ms; at t1, t2 is zero and
// mostRecentScheduleTime fails with "time difference between two schedules is less than 1 second": Warning
// InvalidSchedule then, not at creation, and no Job.
export default {
  id: 'schedulecli/run-asuncion-late-invalid',
  source: 'cronjob/utils.go mostRecentScheduleTime (now < t1 -> no slot; else t2 - t1 < 1s -> error), cronjob_controllerv2.go syncCronJob (InvalidSchedule "invalid schedule: %s : %s"), nextScheduleTimeDuration (+100ms); robfig/cron v3.0.1 spec.go Next on Go tzdata (Node ICU agrees on this transition)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  start: "2023-09-20T00:00:00Z"
  duration: 103d
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "31 12 31 nov *"
  timeZone: America/Asuncion
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.of('Job').length, 0, 'no Job');
    const ev = h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.type, e.reason, e.message]);
    h.eq(ev, [['2023-12-31T15:31:00Z', 'Warning', 'InvalidSchedule', 'invalid schedule: 31 12 31 nov * : time difference between two schedules is less than 1 second']], 'InvalidSchedule only when the quirky slot comes');
  },
};
