// Concept page "Deadline for delayed Job start": with startingDeadlineSeconds 200 "it allows a Job to be created for
// up to 200 seconds after the actual schedule". Hourly CronJob, controller down from 00:59:00 to 01:03:19: back
// 199s after the 01:00 slot, it creates the 01:00 Job at once (named and annotated for 01:00, lastScheduleTime 01:00).
export default {
  id: 'crondocs/sds-200-start-199s-late',
  source: 'website cron-jobs.md "Deadline for delayed Job start"; utils.go mostRecentScheduleTime (earliest = max(lastScheduleTime|creation, now - SDS); Next(earliest) <= now)',
  args: ['--duration', '1h30m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sds}
spec:
  faults:
  - { at: 59m, controllerDown: cronjob, for: 4m19s }
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hourly
spec:
  schedule: "0 * * * *"
  startingDeadlineSeconds: 200
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.type, e.reason, e.message]), [
      ['2026-01-01T01:03:19Z', 'Normal', 'SuccessfulCreate', 'Created job hourly-29453820'],
      ['2026-01-01T01:03:30Z', 'Normal', 'SawCompletedJob', 'Saw completed job: hourly-29453820, condition: Complete']], 'events');
    const j = h.job('hourly-29453820');
    h.eq([j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']], ['2026-01-01T01:03:19Z', '2026-01-01T01:00:00Z'], 'late Job for the 01:00 slot');
    h.eq(h.cronjob('hourly').status.lastScheduleTime, '2026-01-01T01:00:00Z', 'lastScheduleTime');
  },
};
