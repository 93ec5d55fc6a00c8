// jobsim check flags: --runs must be >= 1 and --seed a non-negative integer; every flag and file problem
// is reported at once, exit 2, nothing checked (no counterexample); `jobsim check --help` (and
// `jobsim help check`) print the usage with --runs and --seed, exit 0.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: f}
spec:
  check:
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
  id: 'checklib/check-flags-and-help',
  source: 'CONTRACT.md §1 (jobsim check FILE... [--runs N] [--seed N]; exit 2 invalid input); README (npx jobsim check --help)',
  scenario,
  check(r, h) {
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'cf-'));
    const f = join(dir, 'f.yaml');
    writeFileSync(f, scenario);
    let p = spawnSync(bin, ['check', f, join(dir, 'missing.yaml'), '--runs', '0', '--seed', 'x'], { encoding: 'utf8' });
    h.eq(p.status, 2, 'exit');
    h.assert(/--runs/.test(p.stderr) && /--seed/.test(p.stderr) && /missing\.yaml/.test(p.stderr), `all problems at once: ${p.stderr}`);
    h.assert(!existsSync(join(dir, 'f.counterexample.yaml')), 'nothing written');
    for (const args of [['check', '--help'], ['help', 'check']]) {
      p = spawnSync(bin, args, { encoding: 'utf8' });
      h.eq(p.status, 0, `${args.join(' ')} exit`);
      h.assert(/jobsim check FILE/.test(p.stdout) && /--runs N/.test(p.stdout) && /--seed N/.test(p.stdout), `usage: ${p.stdout.slice(0, 200)}`);
    }
    p = spawnSync(bin, ['check', f, '--runs', '2'], { encoding: 'utf8' });
    h.eq(p.status, 1, 'the valid call breaks the property');
    h.assert(p.stdout.startsWith('Property broken in world 1 of 2 (seed 1):'), p.stdout);
  },
};
