// Seed 004 nightly-backup ("0 3 * * *") rescheduled at 02:45 to "30 2 * * *" (kubectl patch): the update handler
// requeues the CronJob for the next slot after the most recent unmet one (02:30 -> tomorrow 02:30), but the work queue
// keeps the earlier 03:00:00.1 wake-up from the old schedule; at that sync the new schedule's 02:30 slot counts as
// missed (never run since creation, no startingDeadlineSeconds), so a Job for 02:30 (nightly-backup-29453910,
// annotated 02:30) is created at 03:00 - not at 02:45, and not at 03:00's own slot.
export default {
  id: 'seeds2/s2-004-nightly-reschedule-to-past-slot',
  source: 'seed 004 cron schedule; cronjob_controllerv2.go updateCronJob (schedule changed -> enqueueControllerAfter(nextScheduleTimeDuration)), nextScheduleTimeDuration; client-go delaying queue (keeps the earliest ready time); utils.go mostRecentScheduleTime',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: reschedule
spec:
  duration: 5h
  timeline:
    - { at: 2h45m, patch: { kind: CronJob, name: nightly-backup, spec: { schedule: "30 2 * * *" } } }
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-backup
spec:
  schedule: "0 3 * * *" # Run at 3:00 AM every day
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: backup
            image: my-backup-tool:latest
            args: ["/bin/sh", "-c", "backup.sh"]
          restartPolicy: OnFailure
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob', reason: 'SuccessfulCreate' }).map((e) => [e.firstTimestamp, e.message]), [['2026-01-01T03:00:00Z', 'Created job nightly-backup-29453910']], 'one Job, created at 03:00 for the 02:30 slot');
    const job = h.job('nightly-backup-29453910');
    h.eq(job.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2026-01-01T02:30:00Z', 'annotation');
    const cj = h.cronjob('nightly-backup');
    h.eq([cj.spec.schedule, cj.status.lastScheduleTime], ['30 2 * * *', '2026-01-01T02:30:00Z'], 'CronJob');
  },
};
