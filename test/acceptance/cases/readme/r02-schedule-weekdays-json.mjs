// README: `jobsim schedule "*/15 9-17 * * mon-fri" -o json`: every 15 minutes from 09:00 to 17:45 (hour
// 17 included), Monday to Friday, UTC by default, strictly after the default start 2026-01-01T00:00:00Z
// (a Thursday). 36 per day: the 37th is Friday 09:00, the 73rd Monday 5 January 09:00.
import { spawnSync } from 'node:child_process';
export default {
  id: 'readme/schedule-weekdays-json',
  source: 'README "The command line" (schedule -o json example); robfig/cron v3.0.1 parser (names mon-fri, ranges, steps), dayMatches; CONTRACT §1 (default --from: the default start)',
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
    const p = spawnSync('node_modules/.bin/jobsim', ['schedule', '*/15 9-17 * * mon-fri', '-o', 'json', '--count', '80'], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit');
    const t = JSON.parse(p.stdout);
    h.eq(t.length, 80, 'count');
    h.eq(t.slice(0, 2), ['2026-01-01T09:00:00Z', '2026-01-01T09:15:00Z'], 'first');
    h.eq([t[35], t[36], t[71], t[72]], ['2026-01-01T17:45:00Z', '2026-01-02T09:00:00Z', '2026-01-02T17:45:00Z', '2026-01-05T09:00:00Z'], 'day boundaries, weekend skipped');
    const d = spawnSync('node_modules/.bin/jobsim', ['schedule', '*/15 9-17 * * mon-fri', '-o', 'json'], { encoding: 'utf8' });
    h.eq(JSON.parse(d.stdout).length, 5, 'default --count 5');
  },
};
