// The star bit survives "*/1" (step 1) but not "*/2"; a full range written "1-31" or "0-6" is not a star: so "0 0 */1 * 1" is Mondays only (AND), while "0 0 1-31 * 1" and "0 0 15 * 0-6" fire every day (OR).
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
const sched = (...a) => {
  const p = run(...a);
  if (p.status !== 0) throw new Error(`jobsim schedule ${JSON.stringify(a)}: exit ${p.status}: ${p.stderr.trim()}`);
  return JSON.parse(p.stdout);
};
export default {
  id: 'schedulecli/star-bit-step-one',
  source: "robfig/cron v3.0.1 parser.go getRange (extra = starBit for * or ?, cleared only when step > 1); spec.go dayMatches",
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
    h.eq(sched("0 0 */1 * 1", "--from", "2026-01-01T00:00:00Z", "--count", "3", "-o", "json"), ["2026-01-05T00:00:00Z","2026-01-12T00:00:00Z","2026-01-19T00:00:00Z"], "*/1 keeps the star bit: AND");
    h.eq(sched("0 0 1-31 * 1", "--from", "2026-01-01T00:00:00Z", "--count", "3", "-o", "json"), ["2026-01-02T00:00:00Z","2026-01-03T00:00:00Z","2026-01-04T00:00:00Z"], "1-31 is restricted: OR, every day");
    h.eq(sched("0 0 15 * 0-6", "--from", "2026-01-01T00:00:00Z", "--count", "3", "-o", "json"), ["2026-01-02T00:00:00Z","2026-01-03T00:00:00Z","2026-01-04T00:00:00Z"], "0-6 is restricted: OR, every day");
    h.eq(sched("0 0 ? * 5", "--from", "2026-01-01T00:00:00Z", "--count", "3", "-o", "json"), ["2026-01-02T00:00:00Z","2026-01-09T00:00:00Z","2026-01-16T00:00:00Z"], "? day-of-month: AND, Fridays only");
    h.eq(sched("0 0 13 * ?", "--from", "2026-01-01T00:00:00Z", "--count", "2", "-o", "json"), ["2026-01-13T00:00:00Z","2026-02-13T00:00:00Z"], "? day-of-week: AND, the 13th only");
    h.eq(sched("0 0 */2 * */1", "--from", "2026-01-01T00:00:00Z", "--count", "3", "-o", "json"), ["2026-01-03T00:00:00Z","2026-01-05T00:00:00Z","2026-01-07T00:00:00Z"], "*/1 day-of-week keeps the star: AND, odd days");
  },
};
