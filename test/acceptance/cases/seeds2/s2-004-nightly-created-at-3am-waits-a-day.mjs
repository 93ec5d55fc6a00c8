// Seed 004 nightly-backup "0 3 * * *" applied at exactly 03:00:00: the schedule times considered start strictly after
// the CronJob's creationTimestamp, so the 03:00 slot of that day is not run; the first Job is the next day's 03:00.
export default {
  id: 'seeds2/s2-004-nightly-created-at-3am-waits-a-day',
  source: 'seed 004 nightly-backup; cronjob utils.go mostRecentScheduleTime (earliestTime = creationTimestamp, schedule.Next strictly after); reference cronjob §2.3',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: nightly-at-3
spec:
  start: "2026-01-01T03:00:00Z"
  duration: 25h
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
    h.eq(h.events({ kind: 'CronJob', reason: 'SuccessfulCreate' }).map((e) => [e.firstTimestamp, e.message]), [['2026-01-02T03:00:00Z', 'Created job nightly-backup-29455380']], 'first run the next day');
    h.eq(h.cronjob('nightly-backup').status.lastScheduleTime, '2026-01-02T03:00:00Z', 'lastScheduleTime');
  },
};
