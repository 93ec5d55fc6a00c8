// strconv.Atoi accepts a leading "+" and leading zeros; empty comma items are dropped (strings.FieldsFunc); any Go whitespace separates fields and surrounding whitespace is ignored (strings.Fields).
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
const sched = (...a) => {
  const p = run(...a);
  if (p.status !== 0) throw new Error(`jobsim schedule ${JSON.stringify(a)}: exit ${p.status}: ${p.stderr.trim()}`);
  return JSON.parse(p.stdout);
};
export default {
  id: 'schedulecli/atoi-sign-leading-zero-empty-items',
  source: "robfig/cron v3.0.1 parser.go getField (strings.FieldsFunc on \",\"), mustParseInt (strconv.Atoi), Parse (strings.Fields)",
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
    h.eq(sched("+5 * * * *", "--from", "2026-01-01T00:00:00Z", "--count", "2", "-o", "json"), ["2026-01-01T00:05:00Z","2026-01-01T01:05:00Z"], "+5 is minute 5");
    h.eq(sched("05 007 * * *", "--from", "2026-01-01T00:00:00Z", "--count", "2", "-o", "json"), ["2026-01-01T07:05:00Z","2026-01-02T07:05:00Z"], "leading zeros");
    h.eq(sched(",15,,45, * * * *", "--from", "2026-01-01T00:00:00Z", "--count", "3", "-o", "json"), ["2026-01-01T00:15:00Z","2026-01-01T00:45:00Z","2026-01-01T01:15:00Z"], "empty items dropped");
    h.eq(sched(" 0\t0  *\t* * ", "--from", "2026-01-01T00:00:00Z", "--count", "2", "-o", "json"), ["2026-01-02T00:00:00Z","2026-01-03T00:00:00Z"], "tabs and extra spaces");
  },
};
