// -o text of seed 001's parallel Job: kubectl's job row "Complete 20/20" with DURATION 44s, and the 20 pods listed as
// Completed.
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
  id: 'seeds/s001-parallel-text',
  source: 'kubectl printers.go printJob (COMPLETIONS "%d/%d", DURATION completionTime - startTime), printPod (Completed)',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    const file = join(dir, 'par.yaml');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '-o', 'text'], { encoding: 'utf8' });
    h.eq(out.status, 0, 'exit status');
    const lines = out.stdout.split('\n');
    const jobRow = (lines.find((l) => l.startsWith('job.batch/data-processing-job ')) ?? '').trim().split(/\s{2,}/);
    h.eq(jobRow.slice(0, 4), ['job.batch/data-processing-job', 'Complete', '20/20', '44s'], 'job row');
    const podRows = lines.filter((l) => l.startsWith('pod/data-processing-job-'));
    h.eq(podRows.length, 20, 'pod rows');
    h.eq(podRows.every((l) => /^\S+\s+0\/1\s+Completed\s+0\s/.test(l)), true, 'all Completed');
  },
};
