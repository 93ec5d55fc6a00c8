// `-` reads stdin (CONTRACT §1). `jobsim check -` with a scenario whose property holds: exit 0, the
// pass line, no stdin.counterexample.yaml written. With an invalid check section on stdin: exit 2,
// the same positioned problem lines as `jobsim run -` (file named <stdin>), "nothing was checked",
// and nothing written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = (extra) => `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: st}
spec:
  check:
    runs: 4
${extra}    properties:
    - {job: j, maxFailed: 0, completesWithin: 1m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
const bad = scenario('    faults:\n      nodeDown: {max: 2, for: [30m, 1m]}\n');
export default {
  id: 'check2/stdin-pass-and-invalid',
  source: 'CONTRACT §1 (FILE... `-` reads stdin; jobsim check exit 0 / 2); README jobsim check (stdin.counterexample.yaml when FILE is -); README invalid input format',
  scenario: scenario(''),
  check(r, h) {
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'stp-'));
    let p = spawnSync(bin, ['check', '-'], { encoding: 'utf8', cwd: dir, input: scenario('') });
    h.eq(p.status, 0, `stdin, holds: ${p.stdout}${p.stderr}`);
    h.eq(p.stdout, "4 world(s) explored from seed 1: every property held (1 property, plus the simulator's invariants).\n", 'pass line');
    h.assert(!existsSync(join(dir, 'stdin.counterexample.yaml')), 'nothing written');
    p = spawnSync(bin, ['check', '-'], { encoding: 'utf8', cwd: dir, input: bad });
    h.eq(p.status, 2, 'stdin, invalid');
    const run = spawnSync(bin, ['run', '-'], { encoding: 'utf8', cwd: dir, input: bad });
    h.eq(run.status, 2, 'run - invalid too');
    const lines = (s) => s.split('\n').filter((l) => /^<stdin>:\d+:\d+: /.test(l));
    h.eq(lines(p.stderr), ['<stdin>:8:26: Simulation st: spec.check.faults.nodeDown.for: Invalid value: "array": MIN must not be greater than MAX'], 'the problem, positioned');
    h.eq(lines(p.stderr), lines(run.stderr), 'same lines as jobsim run -');
    h.assert(/1 problem\(s\) found; nothing was checked\./.test(p.stderr), p.stderr);
    h.eq(p.stdout, '', 'nothing on stdout');
    h.assert(!existsSync(join(dir, 'stdin.counterexample.yaml')), 'nothing written');
  },
};
