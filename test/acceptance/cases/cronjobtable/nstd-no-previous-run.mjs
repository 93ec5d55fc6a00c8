// TestNextScheduleTimeDuration row "no previous run of a cronjob": "0 12 * * 5" created Thu 10:00, first synced at
// Thu 16:00: requeue 20h + 100ms, the first Job is the Fri 12:00 one at 12:00:00.
export default {
  id: 'cronjobtable/nstd-no-previous-run',
  source: 'kubernetes pkg/controller/cronjob/utils_test.go TestNextScheduleTimeDuration row "no previous run of a cronjob" (20h + nextScheduleDelta)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T10:00:00Z"
  duration: 26h30m
  faults:
  - { at: 0s, controllerDown: cronjob, for: 6h }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob}
spec:
  schedule: "0 12 * * 5"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.of('Job').map((j) => [j.metadata.name, j.metadata.creationTimestamp]), [['mycronjob-24395760', '2016-05-20T12:00:00Z']], 'Fri 12:00');
    h.eq(h.events({ kind: 'CronJob' }).map((e) => e.firstTimestamp).filter((t) => t < '2016-05-20T12:00:00Z'), [], 'nothing before');
  },
};
