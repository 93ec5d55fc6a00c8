// The check section is "only for `jobsim check`": `jobsim run` of a scenario whose check section
// allows node failures draws none (no NodeNotReady, every node Ready, the Job completes at 10s+1s),
// and its output is the same as without the check section.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: rc}
spec:
  duration: 3h
  check:
    runs: 50
    faults:
      nodeDown: {max: 3, for: [1h, 2h]}
    properties:
    - {job: j, maxFailed: 0}
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
export default {
  id: 'checklib/run-ignores-check-section',
  source: 'CONTRACT.md §2 (check: only for `jobsim check`)',
  scenario,
  check(r, h) {
    h.eq(h.events({ reason: 'NodeNotReady' }).length, 0, 'no node failure');
    h.eq(h.hasCond(h.job('j'), 'Complete').lastTransitionTime, '2026-01-01T00:00:11Z', 'Complete at 11s');
    const dir = mkdtempSync(join(tmpdir(), 'rc-'));
    const f = join(dir, 'nocheck.yaml');
    writeFileSync(f, scenario.replace(/  check:\n(    .*\n)+/, ''));
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'json'], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit');
    h.eq(JSON.parse(p.stdout), r, 'same result without the check section');
  },
};
