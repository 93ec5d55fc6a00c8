// TestMostRecentScheduleTime row "missed 5 schedules": created 10:00:10, hourly, first sync at 15:01: the most recent
// slot 15:00 is the one run (fewMissed: no warning); 11:00 to 14:00 are dropped.
export default {
  id: 'cronjobtable/mrst-missed-five',
  source: 'kubernetes pkg/controller/cronjob/utils_test.go TestMostRecentScheduleTime row "missed 5 schedules" (expectedRecentTime +300m, fewMissed)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T10:00:10Z"
  duration: 5h30m
  faults:
  - { at: 0s, controllerDown: cronjob, for: 5h0m50s }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.of('Job').map((j) => [j.metadata.name, j.metadata.creationTimestamp]), [['mycronjob-24394500', '2016-05-19T15:01:00Z']], 'only the 15:00 slot, at 15:01');
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'no warning');
    h.eq(h.cronjob('mycronjob').status.lastScheduleTime, '2016-05-19T15:00:00Z', 'lastScheduleTime');
  },
};
