// TestMostRecentScheduleTime row "complex schedule with longer diff between executions": "30 6-16/4 * * 1-5", last run
// Thu 10:30, controller back Mon 10:31 (96h later): the gap estimate (16h, Thu 14:30 to Fri 06:30) still lands on
// Mon 10:30, which runs at 10:31 with no warning; then Mon 14:30 on time.
export default {
  id: 'cronjobtable/mrst-complex-longer-diff',
  source: 'kubernetes pkg/controller/cronjob/utils_test.go TestMostRecentScheduleTime row "complex schedule with longer diff between executions" (recent +96h30m, fewMissed)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T10:00:00Z"
  duration: 4d5h
  faults:
  - { at: 31m, controllerDown: cronjob, for: 96h }
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
      ['mycronjob-24399990', '2016-05-23T10:31:00Z'],
      ['mycronjob-24400230', '2016-05-23T14:30:00Z'],
    ], 'Thu 10:30, Mon 10:30 at 10:31, Mon 14:30');
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'no warning');
  },
};
