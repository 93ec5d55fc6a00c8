// Both day fields restricted: either matches. "0 0 29 2 1" fires on every Monday of February and on Feb 29 of leap years; "0 0 1,15 * wed" on the 1st, the 15th and every Wednesday.
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
const sched = (...a) => {
  const p = run(...a);
  if (p.status !== 0) throw new Error(`jobsim schedule ${JSON.stringify(a)}: exit ${p.status}: ${p.stderr.trim()}`);
  return JSON.parse(p.stdout);
};
export default {
  id: 'schedulecli/dom-dow-or-feb',
  source: "robfig/cron v3.0.1 spec.go SpecSchedule.Next dayMatches (OR when neither field has the star bit)",
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
    h.eq(sched("0 0 29 2 1", "--from", "2026-01-01T00:00:00Z", "--count", "6", "-o", "json"), ["2026-02-02T00:00:00Z","2026-02-09T00:00:00Z","2026-02-16T00:00:00Z","2026-02-23T00:00:00Z","2027-02-01T00:00:00Z","2027-02-08T00:00:00Z"], "Mondays of February, then Feb 2027");
    h.eq(sched("0 0 29 2 1", "--from", "2028-02-20T00:00:00Z", "--count", "3", "-o", "json"), ["2028-02-21T00:00:00Z","2028-02-28T00:00:00Z","2028-02-29T00:00:00Z"], "Feb 2028: Monday 21, Tuesday 29 (leap), Monday 28");
    h.eq(sched("0 0 1,15 * wed", "--from", "2026-01-01T00:00:00Z", "--count", "6", "-o", "json"), ["2026-01-07T00:00:00Z","2026-01-14T00:00:00Z","2026-01-15T00:00:00Z","2026-01-21T00:00:00Z","2026-01-28T00:00:00Z","2026-02-01T00:00:00Z"], "1st, 15th or Wednesday");
  },
};
