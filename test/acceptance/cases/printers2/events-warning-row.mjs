// The event log row of a failed Job: "+HH:MM:SS  Warning  BackoffLimitExceeded  job/<name>  job-controller  Job has
// reached the specified backoff limit", one second after the pod's failure (the 1s batching of pod updates); the
// pod's row in the pod table shows Error (exit 3), and the Job is Failed 0/1.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: bad}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/exit-codes: "3", jobsim/duration: 42s}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'printers2/events-warning-row',
  source: 'pkg/controller/job/job_controller.go (Warning BackoffLimitExceeded "Job has reached the specified backoff limit"); README "The text report" (event log +HH:MM:SS)',
  args: ['--duration', '5m'],
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'p2-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '--duration', '5m'], { encoding: 'utf8' }).stdout;
    const lines = out.split('\n');
    const ev = lines.findIndex((l) => l.startsWith('Events ('));
    const row = lines.slice(ev).find((l) => l.includes('BackoffLimitExceeded') && l.startsWith('+'));
    h.eq(row?.split(/\s{2,}/), ['+00:00:43', 'Warning', 'BackoffLimitExceeded', 'job/bad', 'job-controller', 'Job has reached the specified backoff limit'], 'event row');
    const j = rowOf(tableOf(out, 'job.batch'), 'job.batch/bad');
    h.eq([j.STATUS, j.COMPLETIONS, j.DURATION], ['Failed', '0/1', '5m'], 'job row');
    const p = tableOf(out, 'pod').rows[0];
    h.eq([p.READY, p.STATUS, p.RESTARTS], ['0/1', 'Error', '0'], 'pod row');
  },
};
