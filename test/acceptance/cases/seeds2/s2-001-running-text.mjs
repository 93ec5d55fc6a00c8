// Seed 001 §6 "kubectl get jobs" / "kubectl get pods" while the Job runs (its python pod made to take 30s), at +15s:
// the Job row is Running 0/1 with DURATION and AGE 15s, the pod row 1/1 Running 0 restarts; status.active 1, ready 1.
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
  template:
    metadata:
      annotations:
        jobsim/duration: "30s"
    spec:
      containers:
      - name: data-processor
        image: python:3.10
        command: ["python", "-c", "print('Processing data...')"]
      restartPolicy: OnFailure
  backoffLimit: 3
`;
export default {
  id: 'seeds2/s2-001-running-text',
  source: 'seed 001 §6; kubectl printers.go printJob (STATUS Running, COMPLETIONS "%d/%d", DURATION now - startTime), printPod (READY, Running); job_controller.go status.ready',
  args: ['--duration', '15s'],
  scenario,
  check(r, h) {
    const job = h.job('data-processing-job');
    h.eq([job.status.active, job.status.ready, job.status.succeeded, job.status.terminating, job.status.conditions], [1, 1, undefined, 0, undefined], 'status at +15s');
    const dir = mkdtempSync(join(tmpdir(), 'seeds2-'));
    const file = join(dir, 'job.yaml');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '--duration', '15s', '-o', 'text'], { encoding: 'utf8' });
    h.eq(out.status, 0, 'exit status');
    const lines = out.stdout.split('\n');
    const row = (p) => (lines.find((l) => l.startsWith(p)) ?? '').trim().split(/\s{2,}/);
    h.eq(row('job.batch/data-processing-job ').slice(0, 7), ['job.batch/data-processing-job', 'Running', '0/1', '15s', '15s', 'data-processor', 'python:3.10'], 'Job row');
    h.eq(row('pod/data-processing-job-').slice(1, 5), ['1/1', 'Running', '0', '15s'], 'pod row');
  },
};
