// The OR rule applies as soon as neither day field is a star: "0 9 1-31 * MON" (day of month written as the full
// range) runs EVERY day, while "0 9 * * MON" runs on Mondays only, and "0 9 */1 * MON" also on Mondays only
// (robfig keeps the star bit for "*/1"). From Thursday 2026-01-01 for 7 days.
const s = { range: '0 9 1-31 * MON', star: '0 9 * * MON', stepone: '0 9 */1 * MON' };
export default {
  id: 'crondocs/dom-full-range-vs-star',
  source: 'robfig/cron v3 parser.go getRange (starBit only for "*"/"?", dropped when step > 1), spec.go dayMatches; website cron-jobs.md "Schedule syntax"',
  args: ['--duration', '7d'],
  scenario: Object.entries(s).map(([n, e]) => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${n}
spec:
  schedule: "${e}"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: OnFailure
`).join('---\n'),
  check(r, h) {
    const times = (n) => h.events({ kind: 'CronJob', name: n, reason: 'SuccessfulCreate' }).map((e) => e.firstTimestamp);
    h.eq(times('range'), [1, 2, 3, 4, 5, 6, 7].map((d) => `2026-01-0${d}T09:00:00Z`), '1-31: every day');
    h.eq(times('star'), ['2026-01-05T09:00:00Z'], '*: Monday only');
    h.eq(times('stepone'), ['2026-01-05T09:00:00Z'], '*/1: Monday only');
  },
};
