// "each world gets its own seed": a world of jobsim check with no drawn faults is `jobsim run --seed S`.
// A behaviour with a random duration (uniform 1m..20m) makes the Job complete at a different time per
// seed; for seeds 1..6, `jobsim check --seed S --runs 1` breaks completesWithin 10m exactly when
// `jobsim run --seed S` shows the Job complete more than 10m after its creation, and the seeds give
// different worlds (several completion times, both verdicts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: rb}
spec:
  behaviors:
  - selector: {matchLabels: {app: r}}
    duration: {uniform: [1m, 20m]}
  check:
    runs: 1
    properties:
    - {job: r, completesWithin: 10m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: r}
spec:
  template:
    metadata: {labels: {app: r}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'check2/seeds-random-behaviour-per-world',
  source: 'jobsim check --help (each world gets its own seed (the base seed, +1, +2, ...)); CONTRACT §1 (--seed overrides Simulation.spec.seed); README completesWithin',
  scenario,
  check(r, h) {
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'srb-'));
    writeFileSync(join(dir, 'rb.yaml'), scenario);
    const took = new Set(), verdicts = new Set();
    for (let s = 1; s <= 6; s++) {
      const res = JSON.parse(spawnSync(bin, ['run', 'rb.yaml', '--seed', String(s), '-o', 'json'], { encoding: 'utf8', cwd: dir }).stdout);
      const j = res.items.find((o) => o.kind === 'Job');
      const t = (Date.parse(j.status.completionTime) - Date.parse(j.metadata.creationTimestamp)) / 1000;
      took.add(t);
      const p = spawnSync(bin, ['check', 'rb.yaml', '--seed', String(s), '--runs', '1'], { encoding: 'utf8', cwd: dir });
      const want = t > 600 ? 1 : 0;
      verdicts.add(want);
      h.eq(p.status, want, `seed ${s}: run completes after ${t}s, check says ${p.stdout.split('\n')[0]}`);
    }
    h.assert(took.size >= 3 && verdicts.size === 2, `different seeds, different worlds: ${[...took]}`);
  },
};
