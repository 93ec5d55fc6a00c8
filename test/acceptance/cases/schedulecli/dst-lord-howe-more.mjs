// Australia/Lord_Howe: "30 2 * * *" on Oct 4 2026 (02:30 exists, just after the 02:00→02:30 gap), "30 1 * * *" on Apr 5 2026 (01:30 local twice), "0 * * * *" across both changes, as robfig computes them.
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
const sched = (...a) => {
  const p = run(...a);
  if (p.status !== 0) throw new Error(`jobsim schedule ${JSON.stringify(a)}: exit ${p.status}: ${p.stderr.trim()}`);
  return JSON.parse(p.stdout);
};
export default {
  id: 'schedulecli/dst-lord-howe-more',
  source: "robfig/cron v3.0.1 spec.go SpecSchedule.Next (hour loop adds 1h of absolute time; values from robfig v3.0.1 on Go tzdata)",
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
    h.eq(sched("30 2 * * *", "--time-zone", "Australia/Lord_Howe", "--from", "2026-10-02T00:00:00Z", "--count", "3", "-o", "json"), ["2026-10-02T16:00:00Z","2026-10-03T15:30:00Z","2026-10-04T15:30:00Z"], "02:30 on the gap day");
    h.eq(sched("30 1 * * *", "--time-zone", "Australia/Lord_Howe", "--from", "2026-04-03T00:00:00Z", "--count", "4", "-o", "json"), ["2026-04-03T14:30:00Z","2026-04-04T14:30:00Z","2026-04-04T15:00:00Z","2026-04-05T15:00:00Z"], "01:30 in the repeated half hour");
    h.eq(sched("0 * * * *", "--time-zone", "Australia/Lord_Howe", "--from", "2026-10-03T13:30:00Z", "--count", "4", "-o", "json"), ["2026-10-03T14:30:00Z","2026-10-03T16:00:00Z","2026-10-03T17:00:00Z","2026-10-03T18:00:00Z"], "hourly over the gap");
    h.eq(sched("0 * * * *", "--time-zone", "Australia/Lord_Howe", "--from", "2026-04-04T13:30:00Z", "--count", "5", "-o", "json"), ["2026-04-04T14:00:00Z","2026-04-04T15:30:00Z","2026-04-04T16:30:00Z","2026-04-04T17:30:00Z","2026-04-04T18:30:00Z"], "hourly over the repeat");
  },
};
