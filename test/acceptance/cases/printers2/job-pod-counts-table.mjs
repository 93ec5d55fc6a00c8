// The "Job pod counts" section (kubectl describe's Pods Statuses) lists every Job of the run with status.active,
// ready, succeeded, failed and terminating: a parallel Job of 3 running pods (3/3 ready), one Job whose pod failed
// twice and then succeeded, and a suspended one with no pods.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: par}
spec:
  parallelism: 3
  completions: 6
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: retry}
spec:
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,1,0"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: sus}
spec:
  suspend: true
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'printers2/job-pod-counts-table',
  source: 'README "The text report" (every Job\'s pod counts: active, ready, succeeded, failed, terminating); kubectl describe job Pods Statuses',
  args: ['--duration', '10m'],
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'p2-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const lines = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '--duration', '10m'], { encoding: 'utf8' }).stdout.split('\n');
    const i = lines.indexOf('Job pod counts (status), at the end or when the Job was deleted:');
    h.assert(i > 0, 'section heading');
    const rows = lines.slice(i + 1, i + 5).map((l) => l.split(/\s+/));
    h.eq(rows, [
      ['JOB', 'ACTIVE', 'READY', 'SUCCEEDED', 'FAILED', 'TERMINATING'],
      ['job/par', '3', '3', '0', '0', '0'],
      ['job/retry', '0', '0', '1', '2', '0'],
      ['job/sus', '0', '0', '0', '0', '0'],
    ], 'pod counts');
  },
};
