// Suspended at 10:05, schedule changed to "*/15" at 10:10 (AddAfter to 10:15:00.1, where the sync finds it suspended
// and returns without a requeue: no event), resumed at 10:50 (other change: synced at once). From lastScheduleTime
// 10:00 the new schedule's most recent time is 10:45: that Job starts at 10:50 (10:15 and 10:30 are dropped), and
// the next one is 11:00 on time.
export default {
  id: 'cronint/schedule-change-while-suspended-then-resume',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go updateCronJob (schedule changed: enqueueControllerAfter; otherwise enqueueController), syncCronJob (Suspend: return nil requeue); utils.go mostRecentScheduleTime (earliest = LastScheduleTime, potentialEarliest); TestControllerV2SyncCronJob rows "prev ran but done, is time, suspended" and "prev ran but done, is time, A"',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:59:00Z"
  duration: 1h2m
  timeline:
  - { at: "2016-05-19T10:05:00Z", patch: { kind: CronJob, namespace: snazzycats, name: mycronjob, spec: { suspend: true } } }
  - { at: "2016-05-19T10:10:00Z", patch: { kind: CronJob, namespace: snazzycats, name: mycronjob, spec: { schedule: "*/15 * * * *" } } }
  - { at: "2016-05-19T10:50:00Z", patch: { kind: CronJob, namespace: snazzycats, name: mycronjob, spec: { suspend: false } } }
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
    h.eq(h.jobsOf('mycronjob').map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['mycronjob-24394200', '2016-05-19T10:00:00Z', '2016-05-19T10:00:00Z'],
      ['mycronjob-24394245', '2016-05-19T10:50:00Z', '2016-05-19T10:45:00Z'],
      ['mycronjob-24394260', '2016-05-19T11:00:00Z', '2016-05-19T11:00:00Z'],
    ], 'Jobs');
    h.eq(h.events({ kind: 'CronJob' }).filter((e) => e.reason !== 'SawCompletedJob').map((e) => e.firstTimestamp), ['2016-05-19T10:00:00Z', '2016-05-19T10:50:00Z', '2016-05-19T11:00:00Z'], 'only the three creates (no event while suspended)');
  },
};
