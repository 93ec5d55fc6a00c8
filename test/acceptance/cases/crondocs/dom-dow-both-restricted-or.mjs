// Day of month and day of week both restricted: cron runs when EITHER matches (Vixie cron, robfig/cron). "0 9 1 * MON"
// from 2026-01-01 for 33 days: Thursday Jan 1 (the 1st), every Monday (Jan 5, 12, 19, 26, Feb 2) and Sunday Feb 1
// (the 1st): seven Jobs, not "Mondays that are the 1st" (none in that window).
export default {
  id: 'crondocs/dom-dow-both-restricted-or',
  source: 'website cron-jobs.md "Schedule syntax" (Cron format, robfig/cron v3 expression format); robfig/cron v3 spec.go dayMatches (domMatch || dowMatch when neither field has the star bit)',
  args: ['--duration', '33d'],
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: either
spec:
  schedule: "0 9 1 * MON"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob', name: 'either', reason: 'SuccessfulCreate' }).map((e) => e.firstTimestamp), [
      '2026-01-01T09:00:00Z', '2026-01-05T09:00:00Z', '2026-01-12T09:00:00Z', '2026-01-19T09:00:00Z', '2026-01-26T09:00:00Z',
      '2026-02-01T09:00:00Z', '2026-02-02T09:00:00Z'], 'the 1st or a Monday');
  },
};
