// robfig/cron quirk with a current-era zone: America/Asuncion started DST at 2023-10-01 00:00 (no local midnight that day). From a time before it, robfig's month loop (AddDate(0,1,0) from Sep 1 00:00) lands on Sep 30 23:00 and keeps that wall time: it then tries Oct 30 23:00 and Nov 30 23:00. So "0 12 1 nov *" skips Nov 1 2023, "31 12 30 nov *" skips Nov 30 2023, and "0 12 15 nov *" from Oct 2 fires on Dec 15 2023. Go tzdata and Node ICU agree on this transition.
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
const sched = (...a) => {
  const p = run(...a);
  if (p.status !== 0) throw new Error(`jobsim schedule ${JSON.stringify(a)}: exit ${p.status}: ${p.stderr.trim()}`);
  return JSON.parse(p.stdout);
};
export default {
  id: 'schedulecli/month-skew-asuncion-2023',
  source: "robfig/cron v3.0.1 spec.go SpecSchedule.Next (month loop does not reset the time of day after AddDate lands in a DST gap; the day loop's DST correction skips the t.Day() == 1 WRAP check)",
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
    h.eq(sched("0 12 1 nov *", "--time-zone", "America/Asuncion", "--from", "2023-08-15T00:00:00Z", "--count", "2", "-o", "json"), ["2024-11-01T15:00:00Z","2025-11-01T15:00:00Z"], "Nov 1 2023 skipped");
    h.eq(sched("31 12 30 nov *", "--time-zone", "America/Asuncion", "--from", "2023-08-15T00:00:00Z", "--count", "2", "-o", "json"), ["2024-11-30T15:31:00Z","2025-11-30T15:31:00Z"], "Nov 30 2023 skipped");
    h.eq(sched("0 12 15 nov *", "--time-zone", "America/Asuncion", "--from", "2023-10-02T00:00:00Z", "--count", "1", "-o", "json"), ["2023-12-15T15:00:00Z"], "from Oct 2: the month loop resets to Oct 1 00:00, which resolves to Sep 30 23:00: Dec 15 2023");
  },
};
