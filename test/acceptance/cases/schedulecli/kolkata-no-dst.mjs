// Asia/Kolkata (+05:30, no DST): "0 9 * * 1-5" at 03:30Z on weekdays all year; "*/45 * * * *" restarts at each local hour.
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
const sched = (...a) => {
  const p = run(...a);
  if (p.status !== 0) throw new Error(`jobsim schedule ${JSON.stringify(a)}: exit ${p.status}: ${p.stderr.trim()}`);
  return JSON.parse(p.stdout);
};
export default {
  id: 'schedulecli/kolkata-no-dst',
  source: "robfig/cron v3.0.1 spec.go SpecSchedule.Next (schedule evaluated in the TZ= zone)",
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
    h.eq(sched("0 9 * * 1-5", "--time-zone", "Asia/Kolkata", "--from", "2026-01-01T00:00:00Z", "--count", "3", "-o", "json"), ["2026-01-01T03:30:00Z","2026-01-02T03:30:00Z","2026-01-05T03:30:00Z"], "weekdays 03:30Z");
    h.eq(sched("0 9 * * 1-5", "--time-zone", "Asia/Kolkata", "--from", "2026-07-01T00:00:00Z", "--count", "2", "-o", "json"), ["2026-07-01T03:30:00Z","2026-07-02T03:30:00Z"], "same in July");
    h.eq(sched("*/45 * * * *", "--time-zone", "Asia/Kolkata", "--from", "2026-01-01T00:00:00Z", "--count", "3", "-o", "json"), ["2026-01-01T00:15:00Z","2026-01-01T00:30:00Z","2026-01-01T01:15:00Z"], ":00 and :45 local = :30 and :15 UTC");
    h.eq(sched("0 0 * * *", "--time-zone", "Asia/Kolkata", "--from", "2026-03-28T00:00:00Z", "--count", "3", "-o", "json"), ["2026-03-28T18:30:00Z","2026-03-29T18:30:00Z","2026-03-30T18:30:00Z"], "no gap on the European DST day");
  },
};
