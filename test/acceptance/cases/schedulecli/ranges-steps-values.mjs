// Ranges with steps start at the range start: "1-10/3" = 1,4,7,10; "5/15" = 5-59/15; "*/60" = minute 0 only; "0 */6" = hours 0,6,12,18; "23/5" hours = 23 only.
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
const sched = (...a) => {
  const p = run(...a);
  if (p.status !== 0) throw new Error(`jobsim schedule ${JSON.stringify(a)}: exit ${p.status}: ${p.stderr.trim()}`);
  return JSON.parse(p.stdout);
};
export default {
  id: 'schedulecli/ranges-steps-values',
  source: "robfig/cron v3.0.1 parser.go getRange (\"N/step\" means \"N-max/step\"), getBits (start, start+step, ... <= end)",
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
    h.eq(sched("1-10/3 0 * * *", "--from", "2026-01-01T00:00:00Z", "--count", "5", "-o", "json"), ["2026-01-01T00:01:00Z","2026-01-01T00:04:00Z","2026-01-01T00:07:00Z","2026-01-01T00:10:00Z","2026-01-02T00:01:00Z"], "1,4,7,10 then the next day");
    h.eq(sched("5/15 * * * *", "--from", "2026-01-01T00:00:00Z", "--count", "5", "-o", "json"), ["2026-01-01T00:05:00Z","2026-01-01T00:20:00Z","2026-01-01T00:35:00Z","2026-01-01T00:50:00Z","2026-01-01T01:05:00Z"], "5,20,35,50 then 01:05");
    h.eq(sched("*/60 * * * *", "--from", "2026-01-01T00:00:00Z", "--count", "2", "-o", "json"), ["2026-01-01T01:00:00Z","2026-01-01T02:00:00Z"], "step beyond the range: minute 0 only");
    h.eq(sched("0 */6 * * *", "--from", "2026-01-01T00:00:00Z", "--count", "5", "-o", "json"), ["2026-01-01T06:00:00Z","2026-01-01T12:00:00Z","2026-01-01T18:00:00Z","2026-01-02T00:00:00Z","2026-01-02T06:00:00Z"], "every 6 hours from 0");
    h.eq(sched("0 23/5 * * *", "--from", "2026-01-01T00:00:00Z", "--count", "2", "-o", "json"), ["2026-01-01T23:00:00Z","2026-01-02T23:00:00Z"], "23/5 = 23 only");
    h.eq(sched("0 0 1 */5 *", "--from", "2026-01-01T00:00:00Z", "--count", "4", "-o", "json"), ["2026-06-01T00:00:00Z","2026-11-01T00:00:00Z","2027-01-01T00:00:00Z","2027-06-01T00:00:00Z"], "months 1,6,11");
  },
};
