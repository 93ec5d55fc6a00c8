// The shrinker "halves the completions and parallelism of the Jobs it names, removes objects the
// properties do not name": a Job whose every pod fails (backoffLimit 0) breaks maxFailed 0 with one
// pod as with four, so the counterexample has completions 1 and parallelism 1 and neither the
// unrelated Job nor the unrelated CronJob; its first reported failure was status.failed = 4
// (parallelism 4), the shrunk one status.failed = 1. The counterexample replays: failed 1.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
const YAML = () => createRequire(join(process.cwd(), 'package.json'))('yaml');
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sh2}
spec:
  duration: 4h
  check:
    runs: 1
    properties:
    - {job: big, maxFailed: 0}
---
apiVersion: batch/v1
kind: Job
metadata: {name: big}
spec:
  completions: 8
  parallelism: 4
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: other}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: tick}
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: Never
`;
export default {
  id: 'checklib/shrink-completions-and-objects',
  source: 'README jobsim check (halves the completions and parallelism of the Jobs it names, removes objects the properties do not name); CONTRACT.md §1 (a minimal scenario that still breaks it)',
  scenario,
  check(r, h) {
    h.eq(h.job('big').status.failed, 4, 'run: 4 failures');
    const dir = mkdtempSync(join(tmpdir(), 'shc-'));
    const f = join(dir, 'big.yaml');
    writeFileSync(f, scenario);
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const p = spawnSync(bin, ['check', f], { encoding: 'utf8' });
    h.eq(p.status, 1, 'exit');
    const lines = p.stdout.split('\n');
    h.eq(lines[1], '  job default/big: maxFailed 0: Job big has status.failed = 4, more than 0', 'first failure');
    h.assert(lines[2].endsWith('to: job default/big: maxFailed 0: Job big has status.failed = 1, more than 0'), `shrunk failure: ${lines[2]}`);
    const docs = YAML().parseAllDocuments(readFileSync(join(dir, 'big.counterexample.yaml'), 'utf8')).map((d) => d.toJS());
    h.eq(docs.map((d) => `${d.kind}/${d.metadata.name}`), ['Simulation/sh2', 'Job/big'], 'only the named Job is left');
    const big = docs[1];
    h.eq([big.spec.completions, big.spec.parallelism, big.spec.backoffLimit], [1, 1, 0], 'completions and parallelism halved to 1');
    const run = JSON.parse(spawnSync(bin, ['run', join(dir, 'big.counterexample.yaml'), '-o', 'json'], { encoding: 'utf8' }).stdout);
    h.eq(run.items.filter((o) => o.kind === 'Job').map((j) => [j.metadata.name, j.status.failed]), [['big', 1]], 'replay: failed 1');
  },
};
