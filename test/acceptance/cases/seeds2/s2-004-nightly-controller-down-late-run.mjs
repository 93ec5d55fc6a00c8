// Seed 004 nightly-backup "0 3 * * *" when the controller manager's CronJob controller is down from 02:50 to 03:10:
// no startingDeadlineSeconds, so the missed 03:00 run is started when the controller is back, at 03:10:00, under the
// 03:00 name (nightly-backup-29453940) and scheduled-timestamp annotation; lastScheduleTime is the slot (03:00), not
// the creation time; no MissSchedule / TooManyMissedTimes warning (one missed slot, no deadline).
export default {
  id: 'seeds2/s2-004-nightly-controller-down-late-run',
  source: 'seed 004 nightly-backup; cronjob_controllerv2.go syncCronJob (startingDeadlineSeconds nil -> never tooLate), getJobFromTemplate2 (name from scheduledTime); utils.go mostRecentScheduleTime; reference cronjob §2.3-2.6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: nightly-outage
spec:
  duration: 4h
  faults:
    - { at: 2h50m, controllerDown: cronjob, for: 20m }
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
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.type, e.reason, e.message]), [
      ['2026-01-01T03:10:00Z', 'Normal', 'SuccessfulCreate', 'Created job nightly-backup-29453940'],
      ['2026-01-01T03:10:11Z', 'Normal', 'SawCompletedJob', 'Saw completed job: nightly-backup-29453940, condition: Complete'],
    ], 'CronJob events');
    const job = h.job('nightly-backup-29453940');
    h.eq([job.metadata.creationTimestamp, job.status.startTime, job.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']],
      ['2026-01-01T03:10:00Z', '2026-01-01T03:10:00Z', '2026-01-01T03:00:00Z'], 'late Job');
    const cj = h.cronjob('nightly-backup');
    h.eq([cj.status.lastScheduleTime, cj.status.lastSuccessfulTime], ['2026-01-01T03:00:00Z', '2026-01-01T03:10:11Z'], 'CronJob status');
  },
};
