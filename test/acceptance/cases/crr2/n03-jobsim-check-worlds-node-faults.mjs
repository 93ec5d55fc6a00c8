// jobsim check over 6 worlds with random node outages, on a Job whose containers diverge (a OnFailure, b rule
// Restart In [1], a sidecar): every world keeps the simulator's invariants and the property (completes within
// 1h, at most 3 failed pods): exit 0.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: w}
spec:
  check:
    runs: 6
    faults:
      nodeDown: {max: 2, for: [30s, 8m]}
    properties:
    - {job: cw, maxFailed: 3, completesWithin: 1h}
---
apiVersion: batch/v1
kind: Job
metadata: {name: cw}
spec:
  completions: 3
  parallelism: 3
  template:
    metadata: {annotations: {jobsim/duration: "40s", jobsim/exit-codes: "1,1,0"}}
    spec:
      restartPolicy: Never
      initContainers:
      - {name: side, image: busybox:1.36, restartPolicy: Always}
      containers:
      - {name: a, image: busybox:1.36, restartPolicy: OnFailure}
      - name: b
        image: busybox:1.36
        restartPolicy: Never
        restartPolicyRules:
        - {action: Restart, exitCodes: {operator: In, values: [1]}}
`;
export default {
  id: 'crr2/jobsim-check-worlds-node-faults',
  source: 'CONTRACT.md §1 (jobsim check: exit 0 when every property and invariant held)',
  scenario,
  timeoutMs: 120000,
  check(r, h) {
    h.hasCond(h.job('cw'), 'Complete');
    const dir = mkdtempSync(join(tmpdir(), 'crr2c-'));
    const f = join(dir, 'w.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['check', f], { encoding: 'utf8', timeout: 110000 });
    h.eq(p.status, 0, `jobsim check exit (${(p.stdout + p.stderr).slice(0, 300)})`);
  },
};
