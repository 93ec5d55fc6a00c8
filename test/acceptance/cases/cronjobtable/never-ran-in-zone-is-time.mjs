// TestControllerV2SyncCronJob row "never ran, is time in zone" (timeZone America/New_York, "0 * * * ?", created
// 09:01Z, first sync at 10:01Z after an outage): the 10:00Z (06:00 New York) Job is created at 10:01, requeue
// 59m0.1s (1h - 1m + nextScheduleDelta): the next Job at 11:00:00Z.
export default {
  id: 'cronjobtable/never-ran-in-zone-is-time',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob row "never ran, is time in zone" (expectCreate, expectActive 1, requeue 1h-1m+nextScheduleDelta)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:01:00Z"
  duration: 2h
  faults:
  - { at: 0s, controllerDown: cronjob, for: 60m }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: snazzycats}
spec:
  schedule: "0 * * * ?"
  timeZone: America/New_York
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.of('Job').map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['mycronjob-24394200', '2016-05-19T10:01:00Z', '2016-05-19T06:00:00-04:00'],
      ['mycronjob-24394260', '2016-05-19T11:00:00Z', '2016-05-19T07:00:00-04:00'],
    ], '10:00Z Job at 10:01, next at 11:00:00Z');
    h.eq(h.events({ kind: 'CronJob', reason: 'SuccessfulCreate' }).map((e) => [e.firstTimestamp, e.message]), [
      ['2016-05-19T10:01:00Z', 'Created job mycronjob-24394200'],
      ['2016-05-19T11:00:00Z', 'Created job mycronjob-24394260'],
    ], 'SuccessfulCreate events');
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'no warnings');
  },
};
