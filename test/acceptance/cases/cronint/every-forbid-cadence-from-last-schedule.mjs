// "@every 1h" under Forbid: every run takes 70m, so each slot is blocked (JobAlreadyActive) and started late when
// the previous Job completes. lastScheduleTime is the blocked slot (10:59, 11:59), not the late creation time, so
// the @every cadence stays anchored on :59 (ConstantDelaySchedule.Next(lastScheduleTime)) instead of drifting.
export default {
  id: 'cronint/every-forbid-cadence-from-last-schedule',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob rows "with @every schedule, still active, is time" and "still active, is time, F"; cronjob_controllerv2.go syncCronJob (Forbid: no LastScheduleTime; create: LastScheduleTime = scheduledTime); utils.go mostRecentScheduleTime (earliest = LastScheduleTime); robfig/cron v3 ConstantDelaySchedule.Next',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T08:59:00Z"
  duration: 4h2m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: every, namespace: snazzycats}
spec:
  schedule: "@every 1h"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "70m"}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    const blocked = 'Not starting job because prior execution is running and concurrency policy is Forbid';
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2016-05-19T09:59:00Z', 'SuccessfulCreate', 'Created job every-24394199'],
      ['2016-05-19T10:59:00Z', 'JobAlreadyActive', blocked],
      ['2016-05-19T11:09:01Z', 'SawCompletedJob', 'Saw completed job: every-24394199, condition: Complete'],
      ['2016-05-19T11:09:01Z', 'SuccessfulCreate', 'Created job every-24394259'],
      ['2016-05-19T11:59:00Z', 'JobAlreadyActive', blocked],
      ['2016-05-19T12:19:02Z', 'SawCompletedJob', 'Saw completed job: every-24394259, condition: Complete'],
      ['2016-05-19T12:19:02Z', 'SuccessfulCreate', 'Created job every-24394319'],
      ['2016-05-19T12:59:00Z', 'JobAlreadyActive', blocked],
    ], 'events');
    h.eq(h.jobsOf('every').map((j) => j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']), ['2016-05-19T09:59:00Z', '2016-05-19T10:59:00Z', '2016-05-19T11:59:00Z'], 'scheduled times on :59');
    const st = h.cronjob('every', 'snazzycats').status;
    h.eq([st.lastScheduleTime, st.lastSuccessfulTime, (st.active ?? []).map((a) => a.name)], ['2016-05-19T11:59:00Z', '2016-05-19T12:19:02Z', ['every-24394319']], 'status');
  },
};
