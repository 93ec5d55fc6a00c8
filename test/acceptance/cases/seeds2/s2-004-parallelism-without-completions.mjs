// Seed 004 "parallelism: 2 # Run 2 pods at a time" applied without its "completions: 10" line (seed 002: "parallelized
// by specifying multiple instances"): with completions unset the Job is a work queue: both pods run, and the Job is
// Complete once one has succeeded and none is active; both succeed at +10s, so succeeded 2 and kubectl's COMPLETIONS
// reads "2/1 of 2" (while running "0/1 of 2"); spec.completions stays unset.
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
  id: 'seeds2/s2-004-parallelism-without-completions',
  source: 'seed 004 Parallelism; pkg/apis/batch/v1/defaults.go (completions nil when parallelism set); job_controller.go manageJob/syncJob (completions nil: complete when succeeded > 0 and active == 0); kubectl printers.go printJob ("%d/1 of %d")',
  scenario,
  check(r, h) {
    const job = h.job('pi-calculator');
    h.eq([job.spec.completions, job.spec.parallelism], [undefined, 2], 'spec');
    h.eq([job.status.succeeded, h.sec(job.status.completionTime)], [2, 11], 'status');
    h.hasCond(job, 'Complete', 'CompletionsReached');
    h.eq(h.podsOf('pi-calculator').map((p) => h.sec(p.metadata.creationTimestamp)), [0, 0], 'two pods at once, no more');
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'seeds2-'));
    const file = join(dir, 'pi.yaml');
    writeFileSync(file, scenario);
    const row = (out, p) => (out.stdout.split('\n').find((l) => l.startsWith(p)) ?? '').trim().split(/\s{2,}/);
    const mid = spawnSync(bin, ['run', file, '--duration', '5s', '-o', 'text'], { encoding: 'utf8' });
    h.eq(row(mid, 'job.batch/pi-calculator ').slice(1, 4), ['Running', '0/1 of 2', '5s'], 'Job row while running');
    const end = spawnSync(bin, ['run', file, '--duration', '30s', '-o', 'text'], { encoding: 'utf8' });
    h.eq(row(end, 'job.batch/pi-calculator ').slice(1, 5), ['Complete', '2/1 of 2', '11s', '30s'], 'Job row at the end');
  },
};
