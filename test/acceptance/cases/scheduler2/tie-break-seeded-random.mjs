// Equal best scores are broken at random (selectHost): with three identical empty nodes the single pod
// does not always land on the first node across seeds, and a given seed always gives the same node.
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`;
export default {
  id: 'scheduler2/tie-break-seeded-random',
  source: 'pkg/scheduler/schedule_one.go selectHost (random choice among the highest scores); README "Time and randomness"',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'tie-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const nodeFor = (seed) => {
      const out = spawnSync('node_modules/.bin/jobsim', ['run', f, '-o', 'json', '--seed', String(seed)], { encoding: 'utf8' });
      h.eq(out.status, 0, `exit for seed ${seed}`);
      return JSON.parse(out.stdout).items.find((i) => i.kind === 'Pod').spec.nodeName;
    };
    const seen = new Set();
    for (let s = 1; s <= 12; s++) seen.add(nodeFor(s));
    h.assert(seen.size >= 2, `12 seeds all chose ${[...seen]}`);
    for (const n of seen) h.assert(['node-1', 'node-2', 'node-3'].includes(n), `node ${n}`);
    h.eq(nodeFor(7), nodeFor(7), 'same seed, same node');
  },
};
