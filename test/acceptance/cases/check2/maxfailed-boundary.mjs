// maxFailed: "its status.failed never exceeds it". A Job whose pods exit 1, 1, 0 ends Complete with
// status.failed = 2 (jobsim run). maxFailed 2 is not exceeded: jobsim check exits 0 with the pass
// line; maxFailed 1 is: exit 1, "Job j has status.failed = 2, more than 1", and the counterexample
// replayed with jobsim run shows status.failed = 2 again.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = (n) => `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: mf}
spec:
  check:
    runs: 3
    properties:
    - {job: j, maxFailed: ${n}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'check2/maxfailed-boundary',
  source: 'README jobsim check (per Job maxFailed: its status.failed never exceeds it; exit 0 / 1); CONTRACT §1 jobsim check',
  scenario: scenario(2),
  check(r, h) {
    h.eq(h.job('j').status.failed, 2, 'run: status.failed');
    h.hasCond(h.job('j'), 'Complete');
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'mfb-'));
    writeFileSync(join(dir, 'eq.yaml'), scenario(2));
    writeFileSync(join(dir, 'lt.yaml'), scenario(1));
    let p = spawnSync(bin, ['check', 'eq.yaml'], { encoding: 'utf8', cwd: dir });
    h.eq(p.status, 0, `maxFailed 2 (= status.failed) holds: ${p.stdout}`);
    h.eq(p.stdout, "3 world(s) explored from seed 1: every property held (1 property, plus the simulator's invariants).\n", 'pass line');
    h.assert(!existsSync(join(dir, 'eq.counterexample.yaml')), 'no counterexample when it held');
    p = spawnSync(bin, ['check', 'lt.yaml'], { encoding: 'utf8', cwd: dir });
    h.eq(p.status, 1, 'maxFailed 1 breaks');
    h.eq(p.stdout.split('\n').slice(0, 2), ['Property broken in world 1 of 3 (seed 1):', '  job default/j: maxFailed 1: Job j has status.failed = 2, more than 1'], 'report');
    const run = spawnSync(bin, ['run', 'lt.counterexample.yaml', '-o', 'json'], { encoding: 'utf8', cwd: dir });
    h.eq(run.status, 0, `replay: ${run.stderr}`);
    const j = JSON.parse(run.stdout).items.find((o) => o.kind === 'Job' && o.metadata.name === 'j');
    h.eq(j.status.failed, 2, 'replay: status.failed');
  },
};
