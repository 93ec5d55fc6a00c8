// @every: Go durations (1h30m, 2h45m30s, 1.5h, 90m as minutes), negative or zero become 1s, fraction below a second dropped; Next = from truncated to the second + delay, never aligned; the zone does not matter.
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
const sched = (...a) => {
  const p = run(...a);
  if (p.status !== 0) throw new Error(`jobsim schedule ${JSON.stringify(a)}: exit ${p.status}: ${p.stderr.trim()}`);
  return JSON.parse(p.stdout);
};
export default {
  id: 'schedulecli/every-durations',
  source: "robfig/cron v3.0.1 constantdelay.go Every/Next; parser.go parseDescriptor (Every ignores the location)",
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
    h.eq(sched("@every 1.5h", "--from", "2026-01-01T00:00:30Z", "--count", "2", "-o", "json"), ["2026-01-01T01:30:30Z","2026-01-01T03:00:30Z"], "1.5h from :30");
    h.eq(sched("@every 2h45m30s", "--from", "2026-01-01T00:00:00Z", "--count", "2", "-o", "json"), ["2026-01-01T02:45:30Z","2026-01-01T05:31:00Z"], "compound");
    h.eq(sched("@every -5m", "--from", "2026-01-01T00:00:00Z", "--count", "2", "-o", "json"), ["2026-01-01T00:00:01Z","2026-01-01T00:00:02Z"], "negative is 1s");
    h.eq(sched("@every 0", "--from", "2026-01-01T00:00:00Z", "--count", "2", "-o", "json"), ["2026-01-01T00:00:01Z","2026-01-01T00:00:02Z"], "zero is 1s");
    h.eq(sched("@every 1h", "--time-zone", "Australia/Lord_Howe", "--from", "2026-04-04T14:30:00Z", "--count", "3", "-o", "json"), ["2026-04-04T15:30:00Z","2026-04-04T16:30:00Z","2026-04-04T17:30:00Z"], "constant delay across the Lord Howe repeat");
    h.eq(sched("@every 1h", "--time-zone", "Asia/Kolkata", "--from", "2026-01-01T00:17:00Z", "--count", "2", "-o", "json"), ["2026-01-01T01:17:00Z","2026-01-01T02:17:00Z"], "not aligned to the zone");
  },
};
