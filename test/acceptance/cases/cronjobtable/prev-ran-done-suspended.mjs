// TestControllerV2SyncCronJob row "prev ran but done, is time, suspended": suspended while the controller is down,
// the CronJob still records the finished Job at the next sync (SawCompletedJob, lastSuccessfulTime: the row expects
// an update of status) but creates nothing, then and later (no requeue).
export default {
  id: 'cronjobtable/prev-ran-done-suspended',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob row "prev ran but done, is time, suspended" (no create, expectUpdateStatus true, lastSuccessfulTime = completionTime, no requeue)',
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
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason]), [
      ['2016-05-19T09:00:00Z', 'SuccessfulCreate'],
      ['2016-05-19T10:01:00Z', 'SawCompletedJob'],
    ], 'events');
    h.eq(h.of('Job').map((j) => j.metadata.name), ['mycronjob-24394140'], 'nothing created while suspended');
    const st = h.cronjob('mycronjob', 'snazzycats').status;
    h.eq([st.lastScheduleTime, st.lastSuccessfulTime, st.active ?? []], ['2016-05-19T09:00:00Z', '2016-05-19T09:00:11Z', []], 'status');
  },
};
