// Every size is validated as a scenario of its own: a fault naming p-3 cannot run on 1 or 2 nodes: exit
// 2, one line per failing size, labelled by the size, nothing run. Flag problems are all reported at once.
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
metadata: {name: f}
spec:
  duration: 10m
  cluster:
    nodePools:
      - {name: p, count: 4, capacity: {cpu: "1", memory: 4Gi, pods: 110}}
  faults:
    - {at: 10s, nodeDown: p-3, for: 1m}
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
  id: 'sweep2/size-validation-and-flag-errors',
  source: 'README sweep ("Each size is validated as a scenario of its own ... exit 2, before anything runs")',
  scenario,
  check(r, h) {
    let p = sweep(scenario, ['--pool', 'p=1..4', '--seeds', '1']);
    h.eq(p.status, 2, 'exit');
    h.eq(p.stderr.trim().split('\n'), ['--pool p=1: Simulation f: spec.faults[0].nodeDown: nodes "p-3" not found', '--pool p=2: Simulation f: spec.faults[0].nodeDown: nodes "p-3" not found', '2 problem(s) found; nothing was simulated.'], 'stderr');
    h.eq(p.stdout, '', 'nothing printed');
    p = sweep(scenario, ['--pool', 'q=1', '--pool', 'p=4..2', '--seeds', '3..5', '--seed', '2', '--target', '90%']);
    h.eq(p.status, 2, 'exit on flags');
    for (const w of ['range 4..2 goes down', 'not with a range of --seeds', '--target: needs --within', 'unknown pool "q"']) h.assert(p.stderr.includes(w), `missing ${w}: ${p.stderr}`);
  },
};
