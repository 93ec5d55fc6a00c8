// "prev ran but done, long overdue, no deadline, F" with a history limit: the 11:00 Job finished during a week-long
// outage. The restart sync runs cleanupFinishedJobs first (two successful Jobs, limit 1: the 10:00 one is deleted,
// SuccessfulDelete), then syncCronJob: SawCompletedJob for 11:00 (lastSuccessfulTime = its completionTime), then
// nextScheduleTime's TooManyMissedTimes, then the create (Forbid does not block: active is empty by then).
export default {
  id: 'cronint/restart-sync-event-order',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob row "prev ran but done, long overdue, no deadline, F" (expectCreate, 1 warning); cronjob_controllerv2.go sync (cleanupFinishedJobs before syncCronJob), removeOldestJobs/deleteJob ("Deleted job %v"), syncCronJob (finished Jobs, then nextScheduleTime, then Forbid check, then CreateJob); utils.go nextScheduleTime',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:59:00Z"
  duration: 7d1h2m
  faults:
  - { at: 1h1m5s, controllerDown: cronjob, for: 6d23h59m55s }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: snazzycats}
spec:
  schedule: "0 * * * ?"
  concurrencyPolicy: Forbid
  successfulJobsHistoryLimit: 1
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "5m"}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.type, e.reason, e.message]), [
      ['2016-05-19T10:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24394200'],
      ['2016-05-19T10:05:01Z', 'Normal', 'SawCompletedJob', 'Saw completed job: mycronjob-24394200, condition: Complete'],
      ['2016-05-19T11:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24394260'],
      ['2016-05-26T11:00:00Z', 'Normal', 'SuccessfulDelete', 'Deleted job mycronjob-24394200'],
      ['2016-05-26T11:00:00Z', 'Normal', 'SawCompletedJob', 'Saw completed job: mycronjob-24394260, condition: Complete'],
      ['2016-05-26T11:00:00Z', 'Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew'],
      ['2016-05-26T11:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24404340'],
    ], 'events in upstream order');
    h.eq(h.job('mycronjob-24394200', 'snazzycats').metadata.deletionTimestamp, '2016-05-26T11:00:00Z', 'oldest deleted at the restart');
    h.eq(h.job('mycronjob-24394260', 'snazzycats').metadata.deletionTimestamp, undefined, 'the newest successful Job kept');
    const st = h.cronjob('mycronjob', 'snazzycats').status;
    h.eq([st.lastScheduleTime, st.lastSuccessfulTime, (st.active ?? []).map((a) => a.name)], ['2016-05-26T11:00:00Z', '2016-05-19T11:05:01Z', ['mycronjob-24404340']], 'status');
  },
};
