// TestNextScheduleTime cases 3 and 4: hourly CronJob created T1 - 10m (09:50), started at T1 (10:00, lastScheduleTime
// 10:00). Case 3: synced at T1 + 2m (an edit at 10:02): no start needed, nothing happens. Case 4: the controller is then
// down until T2 + 5m (11:05): the one unmet time is T2, whose Job is created at 11:05:00; the next requeue is at 12:00:00.1.
export default {
  id: 'cronv2rows/nst-case3-4-known-last-schedule',
  source: 'kubernetes pkg/controller/cronjob/utils_test.go TestNextScheduleTime "Case 3: known LastScheduleTime, no start needed" (nil) and "Case 4: known LastScheduleTime, a start needed" (T2); utils.go mostRecentScheduleTime (earliest = LastScheduleTime; now < t2 -> t1), nextScheduleTimeDuration',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:50:00Z"
  duration: 2h10m30s
  faults:
  - { at: "2016-05-19T10:03:00Z", controllerDown: cronjob, for: 1h2m }
  timeline:
  - { at: "2016-05-19T10:02:00Z", patch: { kind: CronJob, name: mycronjob, metadata: { labels: { edited: "yes" } } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob}
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
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2016-05-19T10:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394200'],
      ['2016-05-19T10:00:11Z', 'SawCompletedJob', 'Saw completed job: mycronjob-24394200, condition: Complete'],
      ['2016-05-19T11:05:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394260'],
      ['2016-05-19T11:05:11Z', 'SawCompletedJob', 'Saw completed job: mycronjob-24394260, condition: Complete'],
      ['2016-05-19T12:00:00Z', 'SuccessfulCreate', 'Created job mycronjob-24394320'],
      ['2016-05-19T12:00:11Z', 'SawCompletedJob', 'Saw completed job: mycronjob-24394320, condition: Complete'],
    ], 'nothing at 10:02; T2 at 11:05; 12:00 on time');
    h.eq(h.job('mycronjob-24394260').metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2016-05-19T11:00:00Z', 'T2');
    h.eq(h.cronjob('mycronjob').status.lastScheduleTime, '2016-05-19T12:00:00Z', 'lastScheduleTime');
  },
};
