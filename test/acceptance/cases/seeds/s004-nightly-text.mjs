// -o text of seed 004's nightly-backup after 24h: kubectl's CronJob row (SCHEDULE, TIMEZONE <none>, SUSPEND False,
// ACTIVE 0, LAST SCHEDULE 21h, AGE 24h, CONTAINERS, IMAGES, SELECTOR <none>), the Job row (Complete 1/1 11s 21h) and
// the pod row (Completed, 0 restarts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-backup
spec:
  schedule: "0 3 * * *" # Run at 3:00 AM every day
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: backup
            image: my-backup-tool:latest
            args: ["/bin/sh", "-c", "backup.sh"]
          restartPolicy: OnFailure
`;
export default {
  id: 'seeds/s004-nightly-text',
  source: 'kubectl printers.go printCronJob / printJob / printPod; apimachinery duration.HumanDuration',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    const file = join(dir, 'nightly.yaml');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '-o', 'text'], { encoding: 'utf8' });
    h.eq(out.status, 0, 'exit status');
    const lines = out.stdout.split('\n');
    const row = (p) => (lines.find((l) => l.startsWith(p)) ?? '').trim().split(/\s{2,}/);
    h.eq(row('cronjob.batch/nightly-backup '), ['cronjob.batch/nightly-backup', '0 3 * * *', '<none>', 'False', '0', '21h', '24h', 'backup', 'my-backup-tool:latest', '<none>'], 'CronJob row');
    h.eq(row('job.batch/nightly-backup-29453940 ').slice(0, 7), ['job.batch/nightly-backup-29453940', 'Complete', '1/1', '11s', '21h', 'backup', 'my-backup-tool:latest'], 'Job row');
    h.eq(row('pod/nightly-backup-29453940-').slice(1, 5), ['0/1', 'Completed', '0', '21h'], 'pod row');
  },
};
