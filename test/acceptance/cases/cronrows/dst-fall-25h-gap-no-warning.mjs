// The other side of the approximation: "0 12 * * *" in America/New_York last ran 2026-10-30 (EDT); t1 = 10-31 16:00Z,
// t2 = 11-01 17:00Z (EST), 25h apart. Back at 2027-02-10T19:00Z, 103 slots were really missed, but 8823600s / 90000s
// gives n = 99: no TooManyMissedTimes warning; the search from t1 + 97*25h finds the 02-10 12:00 EST slot, which runs.
export default {
  id: 'cronrows/dst-fall-25h-gap-no-warning',
  source: 'kubernetes pkg/controller/cronjob/utils.go mostRecentScheduleTime (timeBetweenTwoSchedules = t2 - t1; numberOfMissedSchedules = elapsed/between + 1; potentialEarliest = t1 + (n-2)*between; n <= 100 -> fewMissed), nextScheduleTime (warning only for manyMissed); utils_test.go TestMostRecentScheduleTime "missed 5 schedules" (fewMissed)',
  timeoutMs: 120000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2026-10-30T15:30:00Z"
  duration: 2476h
  faults:
  - { at: 40m, controllerDown: cronjob, for: 2474h50m }
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
      ['2026-10-30T16:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job noon-29889600'],
      ['2026-10-30T16:00:11Z', 'Normal', 'SawCompletedJob', 'Saw completed job: noon-29889600, condition: Complete'],
      ['2027-02-10T19:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job noon-30037980'],
      ['2027-02-10T19:00:11Z', 'Normal', 'SawCompletedJob', 'Saw completed job: noon-30037980, condition: Complete'],
    ], 'events: no TooManyMissedTimes');
    h.eq(h.job('noon-30037980').metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2027-02-10T12:00:00-05:00', 'annotation in EST');
  },
};
