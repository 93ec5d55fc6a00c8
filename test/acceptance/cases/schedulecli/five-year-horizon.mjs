// Next returns the zero time when nothing matches within the start year + 5: Feb 29 from 2097-03-01 (next is 2104, 2100 is not a leap year) lists nothing, from 2095-03-01 it lists 2096; "0 0 29 2 1" (OR Mondays) still fires in February 2100.
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
const sched = (...a) => {
  const p = run(...a);
  if (p.status !== 0) throw new Error(`jobsim schedule ${JSON.stringify(a)}: exit ${p.status}: ${p.stderr.trim()}`);
  return JSON.parse(p.stdout);
};
export default {
  id: 'schedulecli/five-year-horizon',
  source: "robfig/cron v3.0.1 spec.go SpecSchedule.Next (yearLimit = t.Year() + 5, checked at WRAP)",
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
    h.eq(sched("0 0 29 2 *", "--from", "2097-03-01T00:00:00Z", "--count", "2", "-o", "json"), [], "beyond the horizon: nothing");
    h.eq(sched("0 0 29 2 *", "--from", "2095-03-01T00:00:00Z", "--count", "2", "-o", "json"), ["2096-02-29T00:00:00Z"], "2096 then nothing");
    h.eq(sched("0 0 29 2 1", "--from", "2097-03-01T00:00:00Z", "--count", "2", "-o", "json"), ["2098-02-03T00:00:00Z","2098-02-10T00:00:00Z"], "OR Mondays: Feb 2098");
  },
};
