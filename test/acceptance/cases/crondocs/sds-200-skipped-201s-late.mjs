// Concept page: "After missing the deadline, the CronJob skips that instance of the Job (future occurrences are still
// scheduled)". Same hourly CronJob with startingDeadlineSeconds 200, controller back at 01:03:21 (201s late): no Job
// for 01:00 and no event at all at the return (the look-back starts at now-200s, so the slot is simply not found);
// the 02:00 Job comes on time, and lastScheduleTime goes from unset to 02:00.
export default {
  id: 'crondocs/sds-200-skipped-201s-late',
  source: 'website cron-jobs.md "Deadline for delayed Job start"; utils.go mostRecentScheduleTime (earliest = now - SDS, t1 = Next(earliest) > now -> nil), nextScheduleTimeDuration; cronjob_controllerv2.go syncCronJob (scheduledTime nil: requeue only)',
  args: ['--duration', '2h30m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sds}
spec:
  faults:
  - { at: 59m, controllerDown: cronjob, for: 4m21s }
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
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2026-01-01T02:00:00Z', 'SuccessfulCreate', 'Created job hourly-29453880'],
      ['2026-01-01T02:00:11Z', 'SawCompletedJob', 'Saw completed job: hourly-29453880, condition: Complete']], 'events');
    h.eq(h.jobsOf('hourly').map((j) => j.metadata.name), ['hourly-29453880'], 'only the 02:00 Job');
    h.eq(h.cronjob('hourly').status.lastScheduleTime, '2026-01-01T02:00:00Z', 'lastScheduleTime');
  },
};
