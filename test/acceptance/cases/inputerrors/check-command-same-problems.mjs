// `jobsim check` reads the scenario with the same loader: invalid input is exit 2 with the same
// positioned problem lines as `jobsim run`, and no counterexample file is written.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: c}
spec:
  faults:
  - {at: 1h, controllerDown: scheduler, for: 5m}
  check:
    runs: 3
    properties:
    - {job: j, maxFailed: 0}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  completions: -1
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'inputerrors/check-command-same-problems',
  source: 'CONTRACT.md §1 (jobsim check: "Exit 2: invalid input"; exit 2 stderr format)',
  exit: 2,
  scenario,
  check(r, h) {
    const runLines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(runLines.length, 2, `run: two problems: ${r.stderr}`);
    const dir = mkdtempSync(join(tmpdir(), 'chk-'));
    const f = join(dir, 'c.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['check', f], { encoding: 'utf8' });
    h.eq(p.status, 2, 'check exit');
    const checkLines = p.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(checkLines, runLines, 'same problems');
    h.assert(!existsSync(join(dir, 'c.counterexample.yaml')), 'no counterexample');
  },
};
