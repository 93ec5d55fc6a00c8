// Zones whose DST starts at midnight (America/Santiago Sep 6 2026, Asia/Beirut Mar 29 2026, Africa/Cairo Apr 24 2026): robfig skips "0 0 * * *" that day entirely (no run at 01:00); "30 0" is skipped too; "0 1" still runs.
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
const sched = (...a) => {
  const p = run(...a);
  if (p.status !== 0) throw new Error(`jobsim schedule ${JSON.stringify(a)}: exit ${p.status}: ${p.stderr.trim()}`);
  return JSON.parse(p.stdout);
};
export default {
  id: 'schedulecli/dst-midnight-gap',
  source: "robfig/cron v3.0.1 spec.go SpecSchedule.Next (day loop \"Notice if the hour is no longer midnight due to DST\"; the hour loop then moves past the gap)",
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
    h.eq(sched("0 0 * * *", "--time-zone", "America/Santiago", "--from", "2026-09-04T00:00:00Z", "--count", "4", "-o", "json"), ["2026-09-04T04:00:00Z","2026-09-05T04:00:00Z","2026-09-07T03:00:00Z","2026-09-08T03:00:00Z"], "Santiago Sep 6 skipped");
    h.eq(sched("0 0 * * *", "--time-zone", "Asia/Beirut", "--from", "2026-03-27T00:00:00Z", "--count", "3", "-o", "json"), ["2026-03-27T22:00:00Z","2026-03-29T21:00:00Z","2026-03-30T21:00:00Z"], "Beirut Mar 29 skipped");
    h.eq(sched("0 0 * * *", "--time-zone", "Africa/Cairo", "--from", "2026-04-22T00:00:00Z", "--count", "3", "-o", "json"), ["2026-04-22T22:00:00Z","2026-04-24T21:00:00Z","2026-04-25T21:00:00Z"], "Cairo Apr 24 skipped");
    h.eq(sched("30 0 * * *", "--time-zone", "Africa/Cairo", "--from", "2026-04-22T00:00:00Z", "--count", "3", "-o", "json"), ["2026-04-22T22:30:00Z","2026-04-24T21:30:00Z","2026-04-25T21:30:00Z"], "Cairo 00:30 skipped");
    h.eq(sched("0 1 * * *", "--time-zone", "Africa/Cairo", "--from", "2026-04-22T00:00:00Z", "--count", "3", "-o", "json"), ["2026-04-22T23:00:00Z","2026-04-23T22:00:00Z","2026-04-24T22:00:00Z"], "Cairo 01:00 runs");
    h.eq(sched("0 0 * * 0", "--time-zone", "America/Santiago", "--from", "2026-08-31T00:00:00Z", "--count", "2", "-o", "json"), ["2026-09-13T03:00:00Z","2026-09-20T03:00:00Z"], "Sunday-midnight schedule loses Sep 6");
  },
};
