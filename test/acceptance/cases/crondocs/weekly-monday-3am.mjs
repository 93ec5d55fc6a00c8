// Concept page, schedule syntax: "0 3 * * 1 means this task is scheduled to run weekly on a Monday at 3 AM".
// From Thursday 2026-01-01 for 15 days: Jobs at Monday 2026-01-05T03:00Z and 2026-01-12T03:00Z only; between
// them the controller requeues just after the next slot (a week later), and nothing else happens.
export default {
  id: 'crondocs/weekly-monday-3am',
  source: 'website concepts/workloads/controllers/cron-jobs.md "Schedule syntax" (0 3 * * 1); robfig/cron v3 ParseStandard/SpecSchedule.Next; cronjob_controllerv2.go getJobName (minutes since epoch)',
  args: ['--duration', '15d'],
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: weekly
spec:
  schedule: "0 3 * * 1"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    const m = (iso) => Date.parse(iso) / 60000;
    h.eq(h.events({ kind: 'CronJob', reason: 'SuccessfulCreate' }).map((e) => [e.firstTimestamp, e.message]), [
      ['2026-01-05T03:00:00Z', `Created job weekly-${m('2026-01-05T03:00:00Z')}`],
      ['2026-01-12T03:00:00Z', `Created job weekly-${m('2026-01-12T03:00:00Z')}`]], 'creates');
    h.eq(h.jobsOf('weekly').map((j) => j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']), ['2026-01-05T03:00:00Z', '2026-01-12T03:00:00Z'], 'annotations');
    h.eq(h.cronjob('weekly').status.lastScheduleTime, '2026-01-12T03:00:00Z', 'lastScheduleTime');
  },
};
