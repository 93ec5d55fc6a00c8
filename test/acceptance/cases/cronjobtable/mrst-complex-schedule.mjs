// TestMostRecentScheduleTime row "complex schedule" and TestNextScheduleTimeDuration row "complex schedule skipping
// weekend": "30 6-16/4 * * 1-5" (06:30, 10:30, 14:30 on weekdays), last run Thu 2016-05-19 10:30, controller back
// Fri 10:31: the Fri 10:30 slot runs at 10:31 (Thu 14:30 and Fri 06:30 dropped), requeue 3h59m + 100ms (Fri 14:30:00),
// then nothing over the weekend until Mon 06:30.
export default {
  id: 'cronjobtable/mrst-complex-schedule',
  source: 'kubernetes pkg/controller/cronjob/utils_test.go TestMostRecentScheduleTime row "complex schedule" (recent +24h30m, fewMissed); TestNextScheduleTimeDuration row "complex schedule skipping weekend" (3h59m + nextScheduleDelta)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T10:00:00Z"
  duration: 3d21h
  faults:
  - { at: 31m, controllerDown: cronjob, for: 24h }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob}
spec:
  schedule: "30 6-16/4 * * 1-5"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.of('Job').map((j) => [j.metadata.name, j.metadata.creationTimestamp]), [
      ['mycronjob-24394230', '2016-05-19T10:30:00Z'],
      ['mycronjob-24395670', '2016-05-20T10:31:00Z'],
      ['mycronjob-24395910', '2016-05-20T14:30:00Z'],
      ['mycronjob-24399750', '2016-05-23T06:30:00Z'],
    ], 'Thu 10:30, Fri 10:30 at 10:31, Fri 14:30, Mon 06:30');
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'no warning');
  },
};
