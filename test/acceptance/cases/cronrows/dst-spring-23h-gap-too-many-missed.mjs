// mostRecentScheduleTime counts missed slots as elapsed / (t2 - t1) with t1, t2 the first two slots after
// lastScheduleTime. "0 12 * * *" in America/New_York last ran 2026-03-06 (EST): t1 = 03-07 17:00Z, t2 = 03-08 16:00Z
// (EDT), 23h apart. Back at 2026-06-11T18:00Z after an outage, only 97 slots were really missed, but 8298000s / 82800s
// gives n = 101 > 100: Warning TooManyMissedTimes, and the most recent slot (06-11 12:00 EDT) still runs at once.
export default {
  id: 'cronrows/dst-spring-23h-gap-too-many-missed',
  source: 'kubernetes pkg/controller/cronjob/utils.go mostRecentScheduleTime (timeBetweenTwoSchedules = t2 - t1; numberOfMissedSchedules = elapsed/between + 1; > 100 -> manyMissed), nextScheduleTime (TooManyMissedTimes); utils_test.go TestMostRecentScheduleTime "@every schedule" (manyMissed) and cronjob_controllerv2_test.go TestControllerV2SyncCronJob "prev ran but done, long overdue, no deadline, A" (1 warning, create)',
  timeoutMs: 120000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2026-03-06T16:30:00Z"
  duration: 2330h
  faults:
  - { at: 40m, controllerDown: cronjob, for: 2328h50m }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: noon}
spec:
  schedule: "0 12 * * *"
  timeZone: America/New_York
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.type, e.reason, e.message]);
    h.eq(ev, [
      ['2026-03-06T17:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job noon-29546940'],
      ['2026-03-06T17:00:11Z', 'Normal', 'SawCompletedJob', 'Saw completed job: noon-29546940, condition: Complete'],
      ['2026-06-11T18:00:00Z', 'Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew'],
      ['2026-06-11T18:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job noon-29686560'],
      ['2026-06-11T18:00:11Z', 'Normal', 'SawCompletedJob', 'Saw completed job: noon-29686560, condition: Complete'],
    ], 'events');
    const j = h.job('noon-29686560');
    h.eq(j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2026-06-11T12:00:00-04:00', 'annotation in EDT');
    h.eq(h.cronjob('noon').status.lastScheduleTime, '2026-06-11T16:00:00Z', 'lastScheduleTime');
  },
};
