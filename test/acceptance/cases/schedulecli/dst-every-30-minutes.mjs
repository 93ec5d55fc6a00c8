// "*/30 * * * *" through the New York gap (01:30 EST then 03:00 EDT) and repeat (01:00, 01:30 EDT then 01:00, 01:30 EST); through Lord Howe's 30-minute changes (Oct 4: 01:30 then 02:30; Apr 5: 01:30 twice).
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
const sched = (...a) => {
  const p = run(...a);
  if (p.status !== 0) throw new Error(`jobsim schedule ${JSON.stringify(a)}: exit ${p.status}: ${p.stderr.trim()}`);
  return JSON.parse(p.stdout);
};
export default {
  id: 'schedulecli/dst-every-30-minutes',
  source: "robfig/cron v3.0.1 spec.go SpecSchedule.Next (minute loop adds absolute minutes; the wrap at minute 0 re-checks the hour)",
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
    h.eq(sched("*/30 * * * *", "--time-zone", "America/New_York", "--from", "2026-03-08T06:00:00Z", "--count", "4", "-o", "json"), ["2026-03-08T06:30:00Z","2026-03-08T07:00:00Z","2026-03-08T07:30:00Z","2026-03-08T08:00:00Z"], "NY gap");
    h.eq(sched("*/30 * * * *", "--time-zone", "America/New_York", "--from", "2026-11-01T04:45:00Z", "--count", "5", "-o", "json"), ["2026-11-01T05:00:00Z","2026-11-01T05:30:00Z","2026-11-01T06:00:00Z","2026-11-01T06:30:00Z","2026-11-01T07:00:00Z"], "NY repeat");
    h.eq(sched("*/30 * * * *", "--time-zone", "Australia/Lord_Howe", "--from", "2026-10-03T14:45:00Z", "--count", "4", "-o", "json"), ["2026-10-03T15:00:00Z","2026-10-03T15:30:00Z","2026-10-03T16:00:00Z","2026-10-03T16:30:00Z"], "Lord Howe gap of 30 minutes");
    h.eq(sched("*/30 * * * *", "--time-zone", "Australia/Lord_Howe", "--from", "2026-04-04T14:15:00Z", "--count", "5", "-o", "json"), ["2026-04-04T14:30:00Z","2026-04-04T15:00:00Z","2026-04-04T15:30:00Z","2026-04-04T16:00:00Z","2026-04-04T16:30:00Z"], "Lord Howe repeat of 30 minutes");
  },
};
