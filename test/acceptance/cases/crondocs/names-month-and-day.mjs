// Day-of-week and month names (sun, mon, ... and JAN..DEC, any case): "0 6 * feb Mon" from Monday 2026-01-26 for
// 14 days: Monday Jan 26 is excluded by the month, so the only Job is Monday 2026-02-02 06:00 (Feb 9 is outside the
// run). A second CronJob "15 7 * * SAT,sun" runs on the weekend days only (Jan 31, Feb 1, Feb 7, Feb 8).
export default {
  id: 'crondocs/names-month-and-day',
  source: 'website cron-jobs.md "Schedule syntax" ("OR sun, mon, tue, wed, thu, fri, sat"); robfig/cron v3 parser.go (months/dow name maps, strings.ToLower)',
  args: ['--duration', '14d'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: names}
spec:
  start: "2026-01-26T00:00:00Z"
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: febmon
spec:
  schedule: "0 6 * feb Mon"
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
  name: weekend
spec:
  schedule: "15 7 * * SAT,sun"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    const times = (n) => h.events({ kind: 'CronJob', name: n, reason: 'SuccessfulCreate' }).map((e) => e.firstTimestamp);
    h.eq(times('febmon'), ['2026-02-02T06:00:00Z'], 'febmon');
    h.eq(times('weekend'), ['2026-01-31T07:15:00Z', '2026-02-01T07:15:00Z', '2026-02-07T07:15:00Z', '2026-02-08T07:15:00Z'], 'weekend');
  },
};
