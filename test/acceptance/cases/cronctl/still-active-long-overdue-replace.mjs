// "still active" combined with "long overdue, R": the 09:00 Job still runs when the controller comes back a week
// later. In the one sync: Warning TooManyMissedTimes (from nextScheduleTime), then Replace deletes the active Job
// (SuccessfulDelete), then the most recent slot's Job is created.
export default {
  id: 'cronctl/still-active-long-overdue-replace',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob rows "still active, is time, R" (expectCreate, expectDelete) and "prev ran but done, long overdue, no deadline, R" (1 warning); cronjob_controllerv2.go syncCronJob order (nextScheduleTime, then Replace deletes, then create)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T08:59:00Z"
  duration: 7d1h30m
  faults:
  - { at: 1m5s, controllerDown: cronjob, for: 7d59m55s }
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
        metadata: {annotations: {jobsim/duration: "200h"}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.type, e.reason, e.message]).slice(0, 4), [
      ['2016-05-19T09:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24394140'],
      ['2016-05-26T10:00:00Z', 'Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew'],
      ['2016-05-26T10:00:00Z', 'Normal', 'SuccessfulDelete', 'Deleted job mycronjob-24394140'],
      ['2016-05-26T10:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24404280'],
    ], 'events');
    h.eq(h.job('mycronjob-24394140', 'snazzycats').metadata.deletionTimestamp, '2016-05-26T10:00:00Z', 'old Job deleted at the restart');
  },
};
