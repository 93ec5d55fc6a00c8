// "prev ran but done, long overdue, no deadline, R" with the previous Job finishing during the outage: at the
// restart sync the finished Job is first taken out of status.active (SawCompletedJob, lastSuccessfulTime = its
// completionTime), then nextScheduleTime warns TooManyMissedTimes, and Replace has nothing left to delete before
// the most recent slot's Job is created.
export default {
  id: 'cronctl/long-overdue-replace-finished-during-outage',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob row "prev ran but done, long overdue, no deadline, R" (expectCreate, no delete, 1 warning, lastSuccessfulTime = completionTime); cronjob_controllerv2.go syncCronJob (listed Jobs reconciled before nextScheduleTime)',
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
        metadata: {annotations: {jobsim/duration: "1h"}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.type, e.reason, e.message]).slice(0, 4), [
      ['2016-05-19T09:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24394140'],
      ['2016-05-26T10:00:00Z', 'Normal', 'SawCompletedJob', 'Saw completed job: mycronjob-24394140, condition: Complete'],
      ['2016-05-26T10:00:00Z', 'Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew'],
      ['2016-05-26T10:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24404280'],
    ], 'events at the restart');
    const old = h.job('mycronjob-24394140', 'snazzycats');
    h.eq([old.metadata.deletionTimestamp, h.sec(old.status.completionTime) > 3600], [undefined, true], 'finished at about 10:00, kept');
    const st = h.cronjob('mycronjob', 'snazzycats').status;
    h.eq([st.lastSuccessfulTime, st.lastScheduleTime], [old.status.completionTime, '2016-05-26T10:00:00Z'], 'status after the restart sync');
  },
};
