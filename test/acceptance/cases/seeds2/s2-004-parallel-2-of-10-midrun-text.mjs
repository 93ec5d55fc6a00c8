// Seed 004 "completions: 10 # Total successful pods needed, parallelism: 2 # Run 2 pods at a time" on pi-calculator, seen
// with kubectl at +25s: rounds at 0, 11, 22s, so 4 pods Completed and 2 Running; the Job row reads Running 4/10 25s.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: batch/v1
kind: Job
metadata:
  name: pi-calculator
spec:
  completions: 10 # Total successful pods needed
  parallelism: 2 # Run 2 pods at a time
  template:
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: Never
  backoffLimit: 4
`;
export default {
  id: 'seeds2/s2-004-parallel-2-of-10-midrun-text',
  source: 'seed 004 Parallelism; job_controller.go manageJob (min(completions - succeeded, parallelism)), 1s batching; kubectl printers.go printJob/printPod',
  args: ['--duration', '25s'],
  scenario,
  check(r, h) {
    const job = h.job('pi-calculator');
    h.eq([job.status.active, job.status.ready, job.status.succeeded], [2, 2, 4], 'status at +25s');
    const dir = mkdtempSync(join(tmpdir(), 'seeds2-'));
    const file = join(dir, 'pi.yaml');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '--duration', '25s', '-o', 'text'], { encoding: 'utf8' });
    const lines = out.stdout.split('\n');
    const row = (p) => (lines.find((l) => l.startsWith(p)) ?? '').trim().split(/\s{2,}/);
    h.eq(row('job.batch/pi-calculator ').slice(1, 5), ['Running', '4/10', '25s', '25s'], 'Job row');
    const st = lines.filter((l) => l.startsWith('pod/')).map((l) => l.trim().split(/\s{2,}/)[2]).sort();
    h.eq(st, ['Completed', 'Completed', 'Completed', 'Completed', 'Running', 'Running'], 'pod rows');
  },
};
