// TestControllerV2SyncCronJob row "prev ran but done, is time, past deadline" (startingDeadlineSeconds 10): at 10:01
// the 10:00 slot is beyond the deadline: the finished 09:00 Job is recorded (SawCompletedJob, lastSuccessfulTime)
// but nothing is created and no warning is emitted; requeue 59m0.1s, the 11:00 Job on time.
export default {
  id: 'cronjobtable/prev-ran-done-past-deadline',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob row "prev ran but done, is time, past deadline" (no create, 0 warnings, expectUpdateStatus, requeue 1h-1m+nextScheduleDelta)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T08:59:00Z"
  duration: 2h1m30s
  faults:
  - { at: 1m5s, controllerDown: cronjob, for: 60m55s }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: snazzycats}
spec:
  schedule: "0 * * * ?"
  startingDeadlineSeconds: 10
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.type, e.reason]), [
      ['2016-05-19T09:00:00Z', 'Normal', 'SuccessfulCreate'],
      ['2016-05-19T10:01:00Z', 'Normal', 'SawCompletedJob'],
      ['2016-05-19T11:00:00Z', 'Normal', 'SuccessfulCreate'],
      ['2016-05-19T11:00:11Z', 'Normal', 'SawCompletedJob'],
    ], 'no create and no warning at 10:01');
    h.eq(h.of('Job').map((j) => j.metadata.name), ['mycronjob-24394140', 'mycronjob-24394260'], 'no 10:00 Job');
  },
};
