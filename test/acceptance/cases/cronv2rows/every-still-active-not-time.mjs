// TestControllerV2SyncCronJob row "with @every schedule, still active, not time": @every 1h created 08:59, its 09:59 Job
// (90 minutes long) still running when the CronJob is synced at 10:00 (an edit): nothing is created, active stays 1,
// the requeue is 1h - 1m + 100ms, so the next Job is created at 10:59:00 beside the running one (Allow: active 2).
export default {
  id: 'cronv2rows/every-still-active-not-time',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob row "with @every schedule, still active, not time" (expectActive 1, no create, expectedRequeueDuration 1h - 1m + nextScheduleDelta); utils.go mostRecentScheduleTime (earliest = lastScheduleTime 09:59, now < t1 = 10:59), nextScheduleTimeDuration; robfig/cron v3 ConstantDelaySchedule.Next',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T08:59:00Z"
  duration: 2h10m
  timeline:
  - { at: "2016-05-19T10:00:00Z", patch: { kind: CronJob, name: mycronjob, namespace: snazzycats, metadata: { labels: { touched: "yes" } } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: snazzycats}
spec:
  schedule: "@every 1h"
  jobTemplate:
    metadata: {labels: {a: b}, annotations: {x: "y"}}
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "90m"}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2016-05-19T09:59:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394199'],
      ['2016-05-19T10:59:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394259'],
    ], 'nothing at 10:00; the next Job at 10:59:00');
    const st = h.cronjob('mycronjob', 'snazzycats').status;
    h.eq([st.lastScheduleTime, (st.active ?? []).map((a) => a.name)], ['2016-05-19T10:59:00Z', ['mycronjob-24394199', 'mycronjob-24394259']], 'two active at the end');
  },
};
