// Seed 004 nightly-backup "0 3 * * *": without spec.timeZone the time is the controller's zone (UTC here): one Job
// per day at 03:00:00Z, named nightly-backup-<minutes since epoch> (29453940, +1440 a day), annotated with the slot;
// all three kept (3 successful is the default limit); lastScheduleTime 2026-01-03T03:00:00Z.
export default {
  id: 'seeds/s004-nightly-3am',
  source: 'cronjob_controllerv2.go syncCronJob, getJobFromTemplate2, getTimeHashInMinutes; utils.go (time zone of the controller when timeZone is nil); reference cronjob §1.3, §2.6',
  args: ['--duration', '3d'],
  scenario: `
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
    h.eq(h.events({ reason: 'SuccessfulCreate', kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.message]), [
      ['2026-01-01T03:00:00Z', 'Created job nightly-backup-29453940'],
      ['2026-01-02T03:00:00Z', 'Created job nightly-backup-29455380'],
      ['2026-01-03T03:00:00Z', 'Created job nightly-backup-29456820'],
    ], 'one Job a day at 03:00 UTC');
    for (const [n, d] of [[29453940, '01'], [29455380, '02'], [29456820, '03']]) {
      const job = h.job(`nightly-backup-${n}`);
      h.eq(job.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], `2026-01-${d}T03:00:00Z`, 'annotation');
      h.eq([job.status.succeeded, job.status.completionTime, job.metadata.deletionTimestamp], [1, `2026-01-${d}T03:00:11Z`, undefined], `nightly-backup-${n} status`);
    }
    const cj = h.cronjob('nightly-backup');
    h.eq([cj.status.lastScheduleTime, cj.status.lastSuccessfulTime, cj.spec.timeZone], ['2026-01-03T03:00:00Z', '2026-01-03T03:00:11Z', undefined], 'CronJob status');
  },
};
