// Seed 002 backup-job whose script always fails (restartPolicy Never, default backoffLimit 6): after it has failed,
// `kubectl get jobs,pods` shows the Job Failed 0/1 with DURATION counted from startTime to now (a failed Job has no
// completionTime: 11m at +702s), and 7 pods with STATUS Error (the container's terminated reason), 0 restarts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: batch/v1
kind: Job
metadata:
  name: backup-job
spec:
  template:
    metadata:
      name: backup-pod
      annotations:
        jobsim/exit-codes: "1"
    spec:
      containers:
        - name: backup-container
          image: your-backup-image:latest
          command: ['sh', '-c', './backup-script.sh']
      restartPolicy: Never
`;
export default {
  id: 'seeds2/s2-002-backup-failing-text',
  source: 'seed 002; kubectl printers.go printJob (Failed; DURATION time.Since(startTime) without completionTime), printPod (reason = terminated.Reason "Error"); apimachinery duration.HumanDuration',
  args: ['--duration', '702s'],
  scenario,
  check(r, h) {
    const job = h.job('backup-job');
    h.eq([job.status.failed, job.status.completionTime], [7, undefined], 'failed Job status');
    const dir = mkdtempSync(join(tmpdir(), 'seeds2-'));
    const file = join(dir, 'job.yaml');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '--duration', '702s', '-o', 'text'], { encoding: 'utf8' });
    const lines = out.stdout.split('\n');
    const row = (p) => (lines.find((l) => l.startsWith(p)) ?? '').trim().split(/\s{2,}/);
    h.eq(row('job.batch/backup-job ').slice(0, 5), ['job.batch/backup-job', 'Failed', '0/1', '11m', '11m'], 'Job row');
    const podRows = lines.filter((l) => l.startsWith('pod/')).map((l) => l.trim().split(/\s{2,}/).slice(1, 4).join(' '));
    h.eq(podRows, Array(7).fill('0/1 Error 0'), 'pod rows');
    const ages = lines.filter((l) => l.startsWith('pod/')).map((l) => l.trim().split(/\s{2,}/)[4]).sort();
    h.eq(ages, ['10m', '10m', '11m', '11m', '12s', '5m42s', '8m32s'], 'pod ages (created 0, 20, 50, 100, 190, 360, 690s)');
  },
};
