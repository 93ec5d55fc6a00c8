// Accepted by ParseStandard: "?" and names, @every below one second, Feb 31 (valid but never fires).
export default {
  id: 'validation/cronjob-schedule-valid-edge',
  source: 'robfig/cron v3 ParseStandard (Every rounds up to 1s; "?" equals "*"); reference cronjob-and-friends §1.2 ("59 23 31 2 *" parses and passes validation)',
  args: ['--duration', '1m'],
  scenario: ['0 0 ? JAN-MAR mon-fri', '@every 0s', '59 23 31 2 *', '@midnight', '*/15 9-17 * * 1-5'].map((s, i) => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: ok${i}
spec:
  schedule: "${s}"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox}]
`).join('---\n'),
  check(r, h) {
    h.eq(h.of('CronJob').length, 5, 'five CronJobs accepted');
  },
};
