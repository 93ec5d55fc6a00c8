// jobsim check checks "the simulator's invariants" in every world; a Job whose pods carry scheduling
// gates (released later by some other controller) keeps them Pending/SchedulingGated, which is what
// upstream does, not a broken invariant. With a property that holds (maxFailed 0), check exits 0.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: gated}
spec:
  duration: 30m
  check:
    runs: 2
    properties:
    - {job: g, maxFailed: 0}
---
apiVersion: batch/v1
kind: Job
metadata: {name: g}
spec:
  template:
    spec:
      schedulingGates: [{name: example.com/quota}]
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'checklib/check-gated-pod-world',
  source: 'README jobsim check (checks the properties and the simulator\'s invariants in each world), What is simulated (scheduling gates); KEP-3521 pod scheduling readiness',
  scenario,
  check(r, h) {
    h.eq(h.podsOf('g').map((p) => p.status.phase), ['Pending'], 'run: one gated pending pod');
    const dir = mkdtempSync(join(tmpdir(), 'gw-'));
    const f = join(dir, 'g.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['check', f], { encoding: 'utf8' });
    h.eq(p.status, 0, `check: ${p.stdout.split('\n').slice(0, 2).join(' | ')}`);
  },
};
