// TestControllerV2UpdateCronJob row "spec.schedule changed": lastScheduleTime 09:59, now 09:59:59, the schedule
// becomes "*/1 * * * *": the CronJob is re-queued after nextScheduleTimeDuration = 1s + 100ms (not synced now), so
// the next Job is the 10:00 one, created at 10:00:00, and then one each minute.
export default {
  id: 'cronint/update-schedule-changed-next-minute',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2UpdateCronJob row "spec.schedule changed" (jm.now = justASecondBeforeTheHour, LastScheduleTime justBeforeTheHour, "*/1 * * * *": expectedDelay 1*time.Second + nextScheduleDelta); cronjob_controllerv2.go updateCronJob',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:58:00Z"
  duration: 3m30s
  timeline:
  - { at: "2016-05-19T09:59:59Z", patch: { kind: CronJob, namespace: snazzycats, name: mycronjob, spec: { schedule: "*/1 * * * *" } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: snazzycats}
spec:
  schedule: "59 * * * *"
  jobTemplate:
    metadata: {labels: {a: b}, annotations: {x: "y"}}
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('mycronjob').map((j) => [j.metadata.name, j.metadata.creationTimestamp]), [
      ['mycronjob-24394199', '2016-05-19T09:59:00Z'],
      ['mycronjob-24394200', '2016-05-19T10:00:00Z'],
      ['mycronjob-24394201', '2016-05-19T10:01:00Z'],
    ], 'Jobs: 09:59 (old schedule), then every minute of the new one');
    const creates = h.events({ kind: 'CronJob', reason: 'SuccessfulCreate' }).map((e) => e.firstTimestamp);
    h.eq(creates, ['2016-05-19T09:59:00Z', '2016-05-19T10:00:00Z', '2016-05-19T10:01:00Z'], 'no create at the patch itself');
    h.eq(h.cronjob('mycronjob', 'snazzycats').metadata.generation, 2, 'the schedule patch bumps generation');
  },
};
