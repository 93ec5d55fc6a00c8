// Seed 004's schedule syntax "day of the week (0 - 6) (Sunday to Saturday)": 0 is Sunday (2026-01-04 is the first
// Sunday of 2026), and 7 - which Vixie/Linux cron accepts as Sunday - is rejected by Kubernetes' robfig/cron parser,
// so "exactly like the Linux cron daemon" is not quite true.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
export default {
  id: 'seeds/s004-sunday-is-zero',
  source: 'robfig/cron v3 parser.go dow bounds 0-6 ("end of range (7) above maximum (6)"); validation.go validateScheduleFormat',
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-backup
spec:
  schedule: "0 3 * * 0"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: backup
            image: my-backup-tool:latest
            args: ["/bin/sh", "-c", "backup.sh"]
          restartPolicy: OnFailure
`,
  args: ['--duration', '8d'],
  check(r, h) {
    h.eq(h.events({ reason: 'SuccessfulCreate', kind: 'CronJob' }).map((e) => e.firstTimestamp), ['2026-01-04T03:00:00Z'], 'Sundays only');
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const s = spawnSync(bin, ['schedule', '0 3 * * 0', '--count', '2', '-o', 'json'], { encoding: 'utf8' });
    h.eq(JSON.parse(s.stdout), ['2026-01-04T03:00:00Z', '2026-01-11T03:00:00Z'], 'schedule CLI');
    const bad = spawnSync(bin, ['schedule', '0 3 * * 7'], { encoding: 'utf8' });
    h.eq(bad.status, 2, 'day-of-week 7 refused');
    h.assert(bad.stderr.includes('end of range (7) above maximum (6): 7'), `robfig text: ${bad.stderr}`);
  },
};
