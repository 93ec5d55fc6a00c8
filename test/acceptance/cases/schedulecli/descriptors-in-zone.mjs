// Descriptors in a zone: @daily at local midnight of Asia/Kolkata (18:30Z), @weekly on Sunday 00:00 local, @monthly on the 1st 00:00 local, @yearly in Pacific/Chatham (+13:45 in January), @hourly in Asia/Kathmandu (:15 UTC).
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
const sched = (...a) => {
  const p = run(...a);
  if (p.status !== 0) throw new Error(`jobsim schedule ${JSON.stringify(a)}: exit ${p.status}: ${p.stderr.trim()}`);
  return JSON.parse(p.stdout);
};
export default {
  id: 'schedulecli/descriptors-in-zone',
  source: "robfig/cron v3.0.1 parser.go parseDescriptor (SpecSchedule with Location = TZ= zone); controller: \"TZ=<timeZone> <schedule>\"",
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
    h.eq(sched("@daily", "--time-zone", "Asia/Kolkata", "--from", "2026-01-01T00:00:00Z", "--count", "2", "-o", "json"), ["2026-01-01T18:30:00Z","2026-01-02T18:30:00Z"], "local midnight");
    h.eq(sched("@midnight", "--time-zone", "Asia/Kolkata", "--from", "2026-01-01T00:00:00Z", "--count", "1", "-o", "json"), ["2026-01-01T18:30:00Z"], "@midnight = @daily");
    h.eq(sched("@weekly", "--time-zone", "America/New_York", "--from", "2026-01-01T00:00:00Z", "--count", "2", "-o", "json"), ["2026-01-04T05:00:00Z","2026-01-11T05:00:00Z"], "Sunday 00:00 EST");
    h.eq(sched("@monthly", "--time-zone", "Europe/Berlin", "--from", "2026-01-01T00:00:00Z", "--count", "3", "-o", "json"), ["2026-01-31T23:00:00Z","2026-02-28T23:00:00Z","2026-03-31T22:00:00Z"], "1st 00:00 CET");
    h.eq(sched("@yearly", "--time-zone", "Pacific/Chatham", "--from", "2026-01-01T00:00:00Z", "--count", "2", "-o", "json"), ["2026-12-31T10:15:00Z","2027-12-31T10:15:00Z"], "Jan 1 00:00 +13:45");
    h.eq(sched("@annually", "--time-zone", "Pacific/Chatham", "--from", "2026-01-01T00:00:00Z", "--count", "1", "-o", "json"), ["2026-12-31T10:15:00Z"], "@annually = @yearly");
    h.eq(sched("@hourly", "--time-zone", "Asia/Kathmandu", "--from", "2026-01-01T00:00:00Z", "--count", "3", "-o", "json"), ["2026-01-01T00:15:00Z","2026-01-01T01:15:00Z","2026-01-01T02:15:00Z"], "local hours at :15 UTC");
  },
};
