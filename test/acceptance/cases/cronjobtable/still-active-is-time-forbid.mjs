// TestControllerV2SyncCronJob row "still active, is time, F": with the 09:00 Job running at 10:01, Forbid creates
// nothing and records JobAlreadyActive (the one row of the table expecting that Normal event), requeue 59m0.1s (at
// 11:00:00 again JobAlreadyActive). lastScheduleTime is not advanced, so when the 09:00 Job completes at 11:30:01
// the most recent unmet slot (11:00; 10:00 is dropped) starts late in the completion's sync.
export default {
  id: 'cronjobtable/still-active-is-time-forbid',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob row "still active, is time, F" ("this is the only test case where we would raise an event for not scheduling"; expectActive 1, requeue 1h-1m+nextScheduleDelta); cronjob_controllerv2.go syncCronJob (JobAlreadyActive message)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T08:59:00Z"
  duration: 2h46m
  faults:
  - { at: 1m5s, controllerDown: cronjob, for: 60m55s }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: snazzycats}
spec:
  schedule: "0 * * * ?"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "150m"}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    const msg = 'Not starting job because prior execution is running and concurrency policy is Forbid';
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.type, e.reason, e.message]), [
      ['2016-05-19T09:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24394140'],
      ['2016-05-19T10:01:00Z', 'Normal', 'JobAlreadyActive', msg],
      ['2016-05-19T11:00:00Z', 'Normal', 'JobAlreadyActive', msg],
      ['2016-05-19T11:30:01Z', 'Normal', 'SawCompletedJob', 'Saw completed job: mycronjob-24394140, condition: Complete'],
      ['2016-05-19T11:30:01Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24394260'],
    ], 'events');
    const j = h.job('mycronjob-24394260', 'snazzycats');
    h.eq(j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2016-05-19T11:00:00Z', 'late Job is the 11:00 slot');
    const st = h.cronjob('mycronjob', 'snazzycats').status;
    h.eq([st.lastScheduleTime, (st.active ?? []).map((a) => a.name), st.lastSuccessfulTime], ['2016-05-19T11:00:00Z', ['mycronjob-24394260'], '2016-05-19T11:30:01Z'], 'status');
  },
};
