// Month and day names in any case, in ranges and with steps: "JAN/3" is Jan-Dec/3 (Jan, Apr, Jul, Oct); "MON-FRI/2" is Mon, Wed, Fri; "sUn" is 0.
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
const sched = (...a) => {
  const p = run(...a);
  if (p.status !== 0) throw new Error(`jobsim schedule ${JSON.stringify(a)}: exit ${p.status}: ${p.stderr.trim()}`);
  return JSON.parse(p.stdout);
};
export default {
  id: 'schedulecli/names-steps-and-case',
  source: "robfig/cron v3.0.1 parser.go parseIntOrName (strings.ToLower), getRange (single value with step means value-max/step)",
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
    h.eq(sched("0 0 1 JAN/3 *", "--from", "2026-01-01T00:00:00Z", "--count", "5", "-o", "json"), ["2026-04-01T00:00:00Z","2026-07-01T00:00:00Z","2026-10-01T00:00:00Z","2027-01-01T00:00:00Z","2027-04-01T00:00:00Z"], "Jan, Apr, Jul, Oct");
    h.eq(sched("0 12 * * MON-FRI/2", "--from", "2026-01-01T00:00:00Z", "--count", "4", "-o", "json"), ["2026-01-02T12:00:00Z","2026-01-05T12:00:00Z","2026-01-07T12:00:00Z","2026-01-09T12:00:00Z"], "Mon, Wed, Fri");
    h.eq(sched("0 0 * * sUn", "--from", "2026-01-01T00:00:00Z", "--count", "2", "-o", "json"), ["2026-01-04T00:00:00Z","2026-01-11T00:00:00Z"], "Sundays");
    h.eq(sched("0 0 * * 0", "--from", "2026-01-01T00:00:00Z", "--count", "2", "-o", "json"), ["2026-01-04T00:00:00Z","2026-01-11T00:00:00Z"], "0 is Sunday too");
    h.eq(sched("0 0 1 dec,Feb-mar *", "--from", "2026-01-01T00:00:00Z", "--count", "4", "-o", "json"), ["2026-02-01T00:00:00Z","2026-03-01T00:00:00Z","2026-12-01T00:00:00Z","2027-02-01T00:00:00Z"], "list of names and name range");
  },
};
