// Steps in the month field: "0 0 1 */3 *" runs at midnight on the first of January, April, July and October. Created
// 2026-01-01T00:00Z and run for 364 days: Jobs on Apr 1, Jul 1 and Oct 1 (Jan 1 00:00 is the creation instant), each
// named with the minutes since epoch of its slot; the controller sleeps three months between them.
export default {
  id: 'crondocs/quarterly-month-step',
  source: 'website cron-jobs.md "Schedule syntax" (step values); robfig/cron v3 parser.go getRange ("*/3" over 1-12), SpecSchedule.Next; cronjob_controllerv2.go getJobName',
  args: ['--duration', '364d'],
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: quarterly
spec:
  schedule: "0 0 1 */3 *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    const want = ['2026-04-01T00:00:00Z', '2026-07-01T00:00:00Z', '2026-10-01T00:00:00Z'];
    h.eq(h.events({ kind: 'CronJob', reason: 'SuccessfulCreate' }).map((e) => [e.firstTimestamp, e.message]), want.map((t) => [t, `Created job quarterly-${Date.parse(t) / 60000}`]), 'creates');
    h.eq(h.jobsOf('quarterly').length, 3, 'three Jobs kept (successfulJobsHistoryLimit 3)');
  },
};
