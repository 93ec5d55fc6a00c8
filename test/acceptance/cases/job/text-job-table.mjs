// The text report's job table is kubectl get jobs -o wide: STATUS Complete/Failed/Suspended/Running, COMPLETIONS
// "s/c" or "s/1 of p" for work-queue Jobs, DURATION completionTime-startTime (or since startTime; empty without one).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: ok}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: bad}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: susp}
spec:
  suspend: true
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: run}
spec:
  parallelism: 3
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'job/text-job-table',
  source: 'kubernetes pkg/printers/internalversion/printers.go printJob (status, completions, duration.HumanDuration); contract §1 text output',
  args: ['--duration', '15m'],
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'jobtxt-'));
    const file = join(dir, 'jobs.yaml');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '--duration', '15m', '-o', 'text'], { encoding: 'utf8' });
    h.eq(out.status, 0, 'exit status of -o text');
    const lines = out.stdout.split('\n');
    const header = lines.find((l) => /^NAME\s+STATUS\s+COMPLETIONS/.test(l));
    h.assert(header && /^NAME\s+STATUS\s+COMPLETIONS\s+DURATION\s+AGE\s+CONTAINERS\s+IMAGES\s+SELECTOR\s*$/.test(header), `job table header: ${header}`);
    const row = (name) => lines.find((l) => l.startsWith(`job.batch/${name} `)) ?? '';
    const want = {
      ok: /^job\.batch\/ok\s+Complete\s+1\/1\s+11s\s+15m\s+c\s+busybox\s+batch\.kubernetes\.io\/controller-uid=/,
      bad: /^job\.batch\/bad\s+Failed\s+0\/1\s+15m\s+15m\s+c\s+busybox\s/,
      susp: /^job\.batch\/susp\s+Suspended\s+0\/1\s+15m\s+c\s+busybox\s/,
      run: /^job\.batch\/run\s+Running\s+0\/1 of 3\s+15m\s+15m\s+c\s+busybox\s/,
    };
    for (const [name, re] of Object.entries(want)) h.assert(re.test(row(name)), `row ${name}: ${JSON.stringify(row(name))}`);
  },
};
