// README command line: `jobsim schedule "0 3 * * *" --time-zone Europe/Berlin --from 2026-03-28 --count 5`.
// --from a date is the first instant of that day in the zone; 03:00 Berlin is 02:00Z before the
// 29 March 2026 switch to CEST (02:00 -> 03:00 local) and 01:00Z after; 03:00 exists on the switch day.
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
export default {
  id: 'readme/schedule-berlin-example',
  source: 'README "The command line" (schedule example); robfig/cron v3.0.1 spec.go Next in the CronJob time zone; tzdata Europe/Berlin 2026 (last Sunday of March 01:00Z)',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: noop}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = run('0 3 * * *', '--time-zone', 'Europe/Berlin', '--from', '2026-03-28', '--count', '5', '-o', 'json');
    h.eq(p.status, 0, 'exit');
    h.eq(JSON.parse(p.stdout), ['2026-03-28T02:00:00Z', '2026-03-29T01:00:00Z', '2026-03-30T01:00:00Z', '2026-03-31T01:00:00Z', '2026-04-01T01:00:00Z'], 'times');
    const t = run('0 3 * * *', '--time-zone', 'Europe/Berlin', '--from', '2026-03-28', '--count', '5');
    h.eq(t.status, 0, 'text exit');
    h.assert(t.stdout.includes('2026-03-29T03:00:00+02:00'), 'text shows local time with the CEST offset: ' + t.stdout);
    h.assert(t.stdout.includes('after 2026-03-28T00:00:00+01:00'), 'text shows --from as the first instant of the day in the zone: ' + t.stdout);
  },
};
