// README jobsim check: the counterexample is written next to FILE as NAME.counterexample.yaml, and as
// stdin.counterexample.yaml in the working directory when FILE is "-"; exit 1 on a broken property,
// and the printed replay command names that file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  check:
    runs: 3
    properties:
    - {job: j, maxFailed: 0}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'readme/check-stdin-counterexample',
  source: 'README "jobsim check" (stdin.counterexample.yaml in the working directory when FILE is -); CONTRACT §1 (exit 1, replay command printed)',
  scenario,
  check(r, h) {
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'stdin-'));
    const p = spawnSync(bin, ['check', '-'], { encoding: 'utf8', input: scenario, cwd: dir });
    h.eq(p.status, 1, 'exit 1: ' + p.stderr);
    const out = join(dir, 'stdin.counterexample.yaml');
    h.assert(existsSync(out), 'stdin.counterexample.yaml written in the working directory');
    h.assert(/stdin\.counterexample\.yaml/.test(p.stdout + p.stderr), 'the replay command names it');
    const replay = spawnSync(bin, ['run', out, '-o', 'json'], { encoding: 'utf8', cwd: dir });
    h.eq(replay.status, 0, 'replay runs');
    const job = JSON.parse(replay.stdout).items.find((o) => o.kind === 'Job' && o.metadata.name === 'j');
    h.eq(job.status.failed, 1, 'the replay breaks maxFailed 0 again');
    h.assert(readFileSync(out, 'utf8').includes('seed'), 'the seed is written out');
  },
};
