// robfig/cron quirk: with a zone whose DST starts at midnight on the 1st, the DST correction in the month and day loops can leave the month loop behind. "31 12 31 nov *" (Nov 31 does not exist, so it looks like it never fires) fires on 1967-12-31 in America/Argentina/Buenos_Aires (Oct 1 1967 00:00 did not exist); "31 1 31 apr ?" fires on 1991-05-31 in Asia/Beirut (May 1 1991 00:00 did not exist); in America/Asuncion (2023-10-01 00:00 did not exist) it fires on 2023-12-31 12:31 -03. Go tzdata and Node ICU agree on both transitions.
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
const sched = (...a) => {
  const p = run(...a);
  if (p.status !== 0) throw new Error(`jobsim schedule ${JSON.stringify(a)}: exit ${p.status}: ${p.stderr.trim()}`);
  return JSON.parse(p.stdout);
};
export default {
  id: 'schedulecli/never-schedule-escapes-month-via-dst',
  source: "robfig/cron v3.0.1 spec.go SpecSchedule.Next (month loop AddDate(0,1,0) from Sep 1 lands on Sep 30 23:00; day loop DST correction skips the \"t.Day() == 1 -> WRAP\" check)",
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
    h.eq(sched("31 12 31 nov *", "--time-zone", "America/Argentina/Buenos_Aires", "--from", "1966-10-16T00:00:00Z", "--count", "2", "-o", "json"), ["1967-12-31T15:31:00Z"], "Buenos Aires: fires in December 1967");
    h.eq(sched("31 1 31 apr ?", "--time-zone", "Asia/Beirut", "--from", "1991-04-30T12:00:00Z", "--count", "2", "-o", "json"), ["1991-05-30T22:31:00Z","1992-05-30T22:31:00Z"], "Beirut: fires on May 31 1991");
    h.eq(sched("31 12 31 nov *", "--time-zone", "America/Asuncion", "--from", "2023-08-15T00:00:00Z", "--count", "2", "-o", "json"), ["2023-12-31T15:31:00Z"], "Asuncion (DST at 2023-10-01 00:00): fires on Dec 31 2023");
    h.eq(sched("0 0 31 nov *", "--time-zone", "America/Asuncion", "--from", "2023-08-15T00:00:00Z", "--count", "2", "-o", "json"), ["2023-12-31T03:00:00Z"], "Asuncion: also at midnight");
  },
};
