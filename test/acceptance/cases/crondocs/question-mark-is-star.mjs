// Concept page note: "A question mark (?) in the schedule has the same meaning as an asterisk *". In a CronJob:
// "30 12 ? * *" runs at 12:30 every day, and "0 6 1 * ?" runs only on the 1st: "?" in day-of-week is a star,
// so day-of-month and day-of-week are ANDed, not ORed (robfig keeps the star bit for "?"). Run from
// 2026-01-01 for 33 days: daily Jobs on Jan 1..Feb 2 at 12:30, and the other CronJob on Jan 1 and Feb 1 at 06:00.
export default {
  id: 'crondocs/question-mark-is-star',
  source: 'website cron-jobs.md "Schedule syntax" note on "?"; robfig/cron v3 parser.go getRange ("*" or "?" -> full range with starBit), spec.go dayMatches (AND when either day field has the star bit)',
  args: ['--duration', '33d'],
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: noon
spec:
  schedule: "30 12 ? * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: OnFailure
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: first
spec:
  schedule: "0 6 1 * ?"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    const noon = h.events({ kind: 'CronJob', name: 'noon', reason: 'SuccessfulCreate' }).map((e) => e.firstTimestamp);
    h.eq(noon.length, 33, 'noon: one Job a day for 33 days');
    h.eq([noon[0], noon[1], noon[32]], ['2026-01-01T12:30:00Z', '2026-01-02T12:30:00Z', '2026-02-02T12:30:00Z'], 'noon: times');
    h.eq(h.events({ kind: 'CronJob', name: 'first', reason: 'SuccessfulCreate' }).map((e) => [e.firstTimestamp, e.message]), [
      ['2026-01-01T06:00:00Z', `Created job first-${Date.parse('2026-01-01T06:00:00Z') / 60000}`],
      ['2026-02-01T06:00:00Z', `Created job first-${Date.parse('2026-02-01T06:00:00Z') / 60000}`]], 'first: the 1st only');
  },
};
