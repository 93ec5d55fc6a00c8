// TestControllerV2SyncCronJob row "still active, is time, suspended": suspended while its 09:00 Job runs, the CronJob
// creates nothing at 10:01 or later and keeps the Job in active (expectActive 1) until it completes; the completion
// is still recorded (SawCompletedJob, lastSuccessfulTime) while suspended.
export default {
  id: 'cronjobtable/still-active-suspended',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob row "still active, is time, suspended" (no create, expectActive 1, no requeue); cronjob_controllerv2.go syncCronJob (finished-Job handling precedes the suspend check)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T08:59:00Z"
  duration: 4h
  faults:
  - { at: 1m5s, controllerDown: cronjob, for: 60m55s }
  timeline:
  - { at: 31m, patch: { kind: CronJob, namespace: snazzycats, name: mycronjob, spec: { suspend: true } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: snazzycats}
spec:
  schedule: "0 * * * ?"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "150m"}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason]), [
      ['2016-05-19T09:00:00Z', 'SuccessfulCreate'],
      ['2016-05-19T11:30:01Z', 'SawCompletedJob'],
    ], 'events');
    h.eq(h.of('Job').map((j) => j.metadata.name), ['mycronjob-24394140'], 'no new Job');
    const st = h.cronjob('mycronjob', 'snazzycats').status;
    h.eq([st.lastScheduleTime, st.lastSuccessfulTime, st.active ?? []], ['2016-05-19T09:00:00Z', '2016-05-19T11:30:01Z', []], 'status');
  },
};
