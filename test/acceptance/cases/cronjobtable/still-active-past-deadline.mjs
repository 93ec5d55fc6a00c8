// TestControllerV2SyncCronJob row "still active, is time, past deadline" (startingDeadlineSeconds 10, Allow): at 10:01
// nothing is created and no warning is emitted (expectActive 1), requeue 59m0.1s: the 11:00 Job is created beside the
// still-running 09:00 Job.
export default {
  id: 'cronjobtable/still-active-past-deadline',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob row "still active, is time, past deadline" (no create, 0 warnings, expectActive 1, requeue 1h-1m+nextScheduleDelta)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T08:59:00Z"
  duration: 2h10m
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
        metadata: {annotations: {jobsim/duration: "150m"}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.type, e.reason, e.message]), [
      ['2016-05-19T09:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24394140'],
      ['2016-05-19T11:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24394260'],
    ], 'nothing at 10:01');
    const st = h.cronjob('mycronjob', 'snazzycats').status;
    h.eq([st.lastScheduleTime, (st.active ?? []).map((a) => a.name)], ['2016-05-19T11:00:00Z', ['mycronjob-24394140', 'mycronjob-24394260']], 'status');
  },
};
