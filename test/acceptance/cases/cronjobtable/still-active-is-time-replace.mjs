// TestControllerV2SyncCronJob row "still active, is time, R": at 10:01 Replace deletes the running 09:00 Job
// (SuccessfulDelete "Deleted job <name>", expectDelete) and creates the 10:00 Job in the same sync (expectCreate),
// leaving one active Job (expectActive 1); the 09:00 Job carries its deletionTimestamp.
export default {
  id: 'cronjobtable/still-active-is-time-replace',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob row "still active, is time, R" (expectCreate, expectDelete, expectActive 1); cronjob_controllerv2.go deleteJob ("Deleted job %v")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T08:59:00Z"
  duration: 1h31m
  faults:
  - { at: 1m5s, controllerDown: cronjob, for: 60m55s }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: snazzycats}
spec:
  schedule: "0 * * * ?"
  concurrencyPolicy: Replace
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
      ['2016-05-19T10:01:00Z', 'Normal', 'SuccessfulDelete', 'Deleted job mycronjob-24394140'],
      ['2016-05-19T10:01:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24394200'],
    ], 'delete then create at 10:01');
    h.eq(h.job('mycronjob-24394140', 'snazzycats').metadata.deletionTimestamp, '2016-05-19T10:01:00Z', 'old Job deleted at 10:01');
    const st = h.cronjob('mycronjob', 'snazzycats').status;
    h.eq([st.lastScheduleTime, (st.active ?? []).map((a) => a.name)], ['2016-05-19T10:00:00Z', ['mycronjob-24394200']], 'status');
  },
};
