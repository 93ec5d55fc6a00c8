// jobsim check: the worlds use the seeds base, base+1, ...; the base is --seed, else the file's
// Simulation.spec.seed (CONTRACT: "the file's, else 1"). With spec.seed 42 and a Job that always
// breaks the property, world 1 of 5 has seed 42, and the counterexample is written with seed 42.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
const YAML = () => createRequire(join(process.cwd(), 'package.json'))('yaml');
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s42}
spec:
  seed: 42
  check:
    runs: 5
    properties:
    - {job: j, maxFailed: 0}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 1
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'checklib/world-seed-from-file',
  source: 'CONTRACT.md §1 (--seed N overrides Simulation.spec.seed; check prints the seed), README jobsim check (worlds seed, seed+1, ...)',
  scenario,
  check(r, h) {
    h.eq(r.spec.seed, 42, 'run seed');
    const dir = mkdtempSync(join(tmpdir(), 's42-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    let p = spawnSync(bin, ['check', f], { encoding: 'utf8' });
    h.eq(p.status, 1, 'exit');
    h.eq(p.stdout.split('\n')[0], 'Property broken in world 1 of 5 (seed 42):', 'first world has the file seed');
    h.eq(p.stdout.split('\n')[1], '  job default/j: maxFailed 0: Job j has status.failed = 2, more than 0', 'property line');
    h.eq(YAML().parseAllDocuments(readFileSync(join(dir, 's.counterexample.yaml'), 'utf8')).map((d) => d.toJS()).find((d) => d.kind === 'Simulation').spec.seed, 42, 'seed 42 written');
    p = spawnSync(bin, ['check', f, '--seed', '0', '--runs', '3'], { encoding: 'utf8' });
    h.eq(p.stdout.split('\n')[0], 'Property broken in world 1 of 3 (seed 0):', '--seed 0 and --runs 3');
  },
};
