// "still active" + "long overdue, no deadline, F" where the active Job is deleted (kubectl, background) during a
// week-long CronJob-controller outage. The restart sync (2016-05-26T10:05Z) finds the active ref without a listed Job,
// the GET finds none: MissingJob and active emptied; then nextScheduleTime counts ~168 missed hourly slots (Warning
// TooManyMissedTimes) and, with nothing active any more, Forbid does not block: the 10:00 slot's Job is created.
export default {
  id: 'cronrows/forbid-active-deleted-during-outage-long-overdue',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob "prev ran but done, long overdue, no deadline, F" (create, 1 warning) and "still active, is time, F"; cronjob_controllerv2.go syncCronJob (active refs not listed -> GetJob NotFound -> MissingJob "Active job went missing: %v", deleteFromActiveList; then nextScheduleTime; Forbid only if len(Active) > 0)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:30:00Z"
  duration: 169h15m
  faults:
  - { at: 35m, controllerDown: cronjob, for: 168h }
  timeline:
  - { at: "2016-05-20T00:00:00Z", delete: { kind: Job, name: mycronjob-24394200 } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob}
spec:
  schedule: "0 * * * ?"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 720h}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.type, e.reason, e.message]), [
      ['2016-05-19T10:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24394200'],
      ['2016-05-26T10:05:00Z', 'Normal', 'MissingJob', 'Active job went missing: mycronjob-24394200'],
      ['2016-05-26T10:05:00Z', 'Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew'],
      ['2016-05-26T10:05:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24404280'],
    ], 'restart sync: MissingJob, warning, create');
    const st = h.cronjob('mycronjob').status;
    h.eq([st.lastScheduleTime, (st.active ?? []).map((a) => a.name)], ['2016-05-26T10:00:00Z', ['mycronjob-24404280']], 'status');
  },
};
