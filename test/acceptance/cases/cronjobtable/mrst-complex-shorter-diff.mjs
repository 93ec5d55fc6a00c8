// TestMostRecentScheduleTime row "complex schedule with shorter diff between executions": never ran (earliest =
// creationTimestamp Thu 10:00), controller first syncs Fri 10:31: the first Job ever is the Fri 10:30 slot; the
// next is Fri 14:30.
export default {
  id: 'cronjobtable/mrst-complex-shorter-diff',
  source: 'kubernetes pkg/controller/cronjob/utils_test.go TestMostRecentScheduleTime row "complex schedule with shorter diff between executions" (earliest = creation, recent +24h30m, fewMissed)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T10:00:00Z"
  duration: 29h
  faults:
  - { at: 0s, controllerDown: cronjob, for: 24h31m }
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
      ['mycronjob-24395670', '2016-05-20T10:31:00Z'],
      ['mycronjob-24395910', '2016-05-20T14:30:00Z'],
    ], 'Fri 10:30 at 10:31, then Fri 14:30');
  },
};
