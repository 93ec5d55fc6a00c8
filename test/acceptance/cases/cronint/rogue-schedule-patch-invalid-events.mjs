// TestNextScheduleTime case 8 / TestMostRecentScheduleTime "rogue cronjob": "0 0 31 2 *" parses but never fires.
// Patched in at 10:30: updateCronJob computes nextScheduleTimeDuration, whose error path bases Next on now, and Next
// is the zero time: a negative delay, added at once -> InvalidSchedule at 10:30, no requeue from that sync. The
// earlier requeue (11:00:00.1) is still in the delaying queue: InvalidSchedule again at 11:00. A later metadata
// patch (12:00) enqueues at once: a third. No Job after 10:00; the earlier status stays.
export default {
  id: 'cronint/rogue-schedule-patch-invalid-events',
  source: 'kubernetes pkg/controller/cronjob/utils_test.go TestNextScheduleTime case 8 and TestMostRecentScheduleTime "rogue cronjob" ("59 23 31 2 *": wantErr); utils.go mostRecentScheduleTime (timeBetweenTwoSchedules < 1 -> error), nextScheduleTimeDuration (err -> mostRecentTime = &now); cronjob_controllerv2.go updateCronJob (schedule changed: enqueueControllerAfter), syncCronJob (InvalidSchedule "invalid schedule: %s : %s", return nil requeue)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:59:00Z"
  duration: 3h
  timeline:
  - { at: "2016-05-19T10:30:00Z", patch: { kind: CronJob, namespace: snazzycats, name: mycronjob, spec: { schedule: "0 0 31 2 *" } } }
  - { at: "2016-05-19T12:00:00Z", patch: { kind: CronJob, namespace: snazzycats, name: mycronjob, metadata: { labels: { touched: "yes" } } } }
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
    const inv = ['Warning', 'InvalidSchedule', 'invalid schedule: 0 0 31 2 * : time difference between two schedules is less than 1 second'];
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.type, e.reason, e.message]), [
      ['2016-05-19T10:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24394200'],
      ['2016-05-19T10:00:11Z', 'Normal', 'SawCompletedJob', 'Saw completed job: mycronjob-24394200, condition: Complete'],
      ['2016-05-19T10:30:00Z', ...inv],
      ['2016-05-19T11:00:00Z', ...inv],
      ['2016-05-19T12:00:00Z', ...inv],
    ], 'events');
    h.eq(h.of('Job').length, 1, 'no Job after the patch');
    const st = h.cronjob('mycronjob', 'snazzycats').status;
    h.eq([st.lastScheduleTime, st.lastSuccessfulTime, st.active], ['2016-05-19T10:00:00Z', '2016-05-19T10:00:11Z', undefined], 'status kept');
  },
};
