// Seed 001 "parallelism: 5, completions: 20" at +15s (pods of 10s): the first 5 succeeded at +10s, 5 more created at
// +11s are running: status active 5, ready 5, succeeded 5; `kubectl get jobs` shows Running 5/20 15s.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: batch/v1
kind: Job
metadata:
  name: data-processing-job
spec:
  parallelism: 5
  completions: 20
  template:
    spec:
      containers:
      - name: data-processor
        image: python:3.10
        command: ["python", "-c", "print('Processing data...')"]
      restartPolicy: OnFailure
  backoffLimit: 3
`;
export default {
  id: 'seeds2/s2-001-parallel-midrun',
  source: 'seed 001 §8; job_controller.go manageJob, syncJob status (active, ready, succeeded); kubectl printers.go printJob',
  args: ['--duration', '15s'],
  scenario,
  check(r, h) {
    const job = h.job('data-processing-job');
    h.eq([job.status.active, job.status.ready, job.status.succeeded, job.status.failed], [5, 5, 5, undefined], 'status at +15s');
    h.eq(h.podsOf('data-processing-job').length, 10, '10 pods so far');
    const dir = mkdtempSync(join(tmpdir(), 'seeds2-'));
    const file = join(dir, 'job.yaml');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '--duration', '15s', '-o', 'text'], { encoding: 'utf8' });
    const lines = out.stdout.split('\n');
    const row = (p) => (lines.find((l) => l.startsWith(p)) ?? '').trim().split(/\s{2,}/);
    h.eq(row('job.batch/data-processing-job ').slice(0, 5), ['job.batch/data-processing-job', 'Running', '5/20', '15s', '15s'], 'Job row');
    const podRows = lines.filter((l) => l.startsWith('pod/')).map((l) => l.trim().split(/\s{2,}/).slice(1, 4).join(' '));
    h.eq([podRows.filter((x) => x === '0/1 Completed 0').length, podRows.filter((x) => x === '1/1 Running 0').length], [5, 5], 'pod rows');
  },
};
