// Sweep flags are checked together before anything runs (exit 2, every problem): -o yaml, --seeds 0,
// --within 0s, --target 120%, --svg -, --parallel 0; and the 10,000-run cap (100 sizes x 101 seeds).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
function sweep(scenario, args) {
  const dir = mkdtempSync(join(tmpdir(), 'sweep2-'));
  const f = join(dir, 's.yaml');
  writeFileSync(f, scenario);
  const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['sweep', f, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return { status: p.status, stdout: p.stdout, stderr: p.stderr, json: () => JSON.parse(p.stdout) };
}
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: fl}
spec:
  cluster:
    nodePools:
      - {name: p, count: 1, capacity: {cpu: "1", memory: 1Gi, pods: 110}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x}]
`;
export default {
  id: 'sweep2/flag-errors-at-once-and-run-cap',
  source: 'jobsim sweep --help (flags, exit 2); README sweep ("A sweep runs at most 10,000 simulations")',
  scenario,
  check(r, h) {
    let p = sweep(scenario, ['--pool', 'p=1', '--parallel', '0', '--svg', '-', '--seeds', '0', '-o', 'yaml', '--within', '0s', '--target', '120%']);
    h.eq(p.status, 2, 'exit');
    for (const w of ['--output: unsupported output "yaml"', '--seeds: invalid seeds "0"', '--within: invalid duration "0s"', '--target: invalid target "120%"', '--svg: the picture needs a file path', '--parallel: invalid thread count "0"', '6 problem(s) found; nothing was simulated.']) h.assert(p.stderr.includes(w), `missing ${w}: ${p.stderr}`);
    p = sweep(scenario, ['--pool', 'p=1..100', '--seeds', '101']);
    h.eq([p.status, p.stderr.includes('10100 runs (sizes x seeds) is more than the 10000 a sweep may run')], [2, true], `cap: ${p.stderr}`);
  },
};
