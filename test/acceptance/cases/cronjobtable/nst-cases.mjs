// TestNextScheduleTime case 2, "no known start times, and one needed": created 08:50, first sync at 09:00:02
// (T1 + 2s) runs T1 = 09:00. Then case 5, "known LastScheduleTime, two starts needed": last 09:00, controller back at
// 11:05 (T2 + 5m), and only T2 = 11:00 runs; 10:00 is dropped.
export default {
  id: 'cronjobtable/nst-cases',
  source: 'kubernetes pkg/controller/cronjob/utils_test.go TestNextScheduleTime Case 2 (expected T1) and Case 5 (expected T2)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T08:50:00Z"
  duration: 2h30m
  faults:
  - { at: 0s, controllerDown: cronjob, for: 10m2s }
  - { at: 10m20s, controllerDown: cronjob, for: 2h4m40s }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob}
spec:
  schedule: "0 * * * ?"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.of('Job').map((j) => [j.metadata.name, j.metadata.creationTimestamp]), [
      ['mycronjob-24394140', '2016-05-19T09:00:02Z'],
      ['mycronjob-24394260', '2016-05-19T11:05:00Z'],
    ], 'T1 at 09:00:02, then only T2 (11:00) at 11:05');
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'no warning');
  },
};
