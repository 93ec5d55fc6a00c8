// "0 0 31 * *" only in 31-day months; "0 0 29 2 *" only in leap years (2028, 2032); "0 0 30 2 *" never: an empty JSON array.
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
const sched = (...a) => {
  const p = run(...a);
  if (p.status !== 0) throw new Error(`jobsim schedule ${JSON.stringify(a)}: exit ${p.status}: ${p.stderr.trim()}`);
  return JSON.parse(p.stdout);
};
export default {
  id: 'schedulecli/month-lengths-and-leap',
  source: "robfig/cron v3.0.1 spec.go SpecSchedule.Next (day loop over real calendar days; zero time when nothing within 5 years)",
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: noop}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(sched("0 0 31 * *", "--from", "2026-01-01T00:00:00Z", "--count", "7", "-o", "json"), ["2026-01-31T00:00:00Z","2026-03-31T00:00:00Z","2026-05-31T00:00:00Z","2026-07-31T00:00:00Z","2026-08-31T00:00:00Z","2026-10-31T00:00:00Z","2026-12-31T00:00:00Z"], "31-day months only");
    h.eq(sched("0 0 29 2 *", "--from", "2026-01-01T00:00:00Z", "--count", "3", "-o", "json"), ["2028-02-29T00:00:00Z","2032-02-29T00:00:00Z","2036-02-29T00:00:00Z"], "leap days");
    h.eq(sched("0 0 30 2 *", "--from", "2026-01-01T00:00:00Z", "--count", "3", "-o", "json"), [], "never");
    h.eq(sched("0 0 , * *", "--from", "2026-01-01T00:00:00Z", "--count", "3", "-o", "json"), [], "an empty day-of-month field never matches");
  },
};
