// TestNextScheduleTimeDuration row "once a week cronjob, missed two runs": "0 12 * * 4" ran Thu 2016-05-19 12:00;
// controller back Tue 2016-06-07 11:30: the most recent slot (Thu June 2 12:00) runs late at once, the next Job is
// created 48h30m + 100ms later, on Thu June 9 at 12:00:00.
export default {
  id: 'cronjobtable/nstd-weekly-missed-two',
  source: 'kubernetes pkg/controller/cronjob/utils_test.go TestNextScheduleTimeDuration row "once a week cronjob, missed two runs" (48h30m + nextScheduleDelta)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T10:00:00Z"
  duration: 21d2h30m
  faults:
  - { at: 2h1m, controllerDown: cronjob, for: 18d23h29m }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob}
spec:
  schedule: "0 12 * * 4"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.of('Job').map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['mycronjob-24394320', '2016-05-19T12:00:00Z', '2016-05-19T12:00:00Z'],
      ['mycronjob-24414480', '2016-06-07T11:30:00Z', '2016-06-02T12:00:00Z'],
      ['mycronjob-24424560', '2016-06-09T12:00:00Z', '2016-06-09T12:00:00Z'],
    ], 'May 19; June 2 late on June 7 11:30; June 9 on time');
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'no warning');
  },
};
