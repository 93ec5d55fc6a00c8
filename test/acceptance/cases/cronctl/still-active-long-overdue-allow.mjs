// "still active" combined with "long overdue, A": the 09:00 Job still runs when the controller comes back a week
// later; Warning TooManyMissedTimes, the most recent slot's Job is created beside it (status.active 2), and the
// next sync is 100 ms after 11:00.
export default {
  id: 'cronctl/still-active-long-overdue-allow',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob rows "still active, is time, A" (expectActive 2) and "prev ran but done, long overdue, no deadline, A" (1 warning, requeue 1h + nextScheduleDelta)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T08:59:00Z"
  duration: 7d2h30m
  faults:
  - { at: 1m5s, controllerDown: cronjob, for: 7d59m55s }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: snazzycats}
spec:
  schedule: "0 * * * ?"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "200h"}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.type, e.reason, e.message]), [
      ['2016-05-19T09:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24394140'],
      ['2016-05-26T10:00:00Z', 'Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew'],
      ['2016-05-26T10:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24404280'],
      ['2016-05-26T11:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24404340'],
    ], 'events');
    h.eq((h.cronjob('mycronjob', 'snazzycats').status.active ?? []).map((a) => a.name), ['mycronjob-24394140', 'mycronjob-24404280', 'mycronjob-24404340'], 'all still active');
  },
};
