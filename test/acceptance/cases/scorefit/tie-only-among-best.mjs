// selectHost picks at random only among the nodes sharing the highest score: w-1..w-3 (4 cpu, 8Gi: 75 + 100 =
// 175) tie, x-1 (4 cpu, 7Gi: 73 + 98 = 171) is 4 points behind. Over twelve seeds the pod never lands on x-1,
// lands on more than one of the w nodes, and a seed always gives the same node.
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
  cluster:
    nodePools:
    - { name: x, count: 1, capacity: { cpu: "4", memory: 7Gi, pods: 110 } }
    - { name: w, count: 3, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 2Gi } } }]
      restartPolicy: Never
`;
export default {
  id: 'scorefit/tie-only-among-best',
  source: 'schedule_one.go selectHost (reservoir sampling over the nodes whose TotalScore equals the highest: rand.Intn(cntOfMaxScore)); least_allocated.go; balanced_allocation.go; README "Time and randomness" (seeded streams)',
  scenario,
  timeoutMs: 120000,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'tie-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const nodeFor = (seed) => {
      const out = spawnSync('node_modules/.bin/jobsim', ['run', f, '-o', 'json', '--seed', String(seed)], { encoding: 'utf8' });
      h.eq(out.status, 0, `exit for seed ${seed}`);
      return JSON.parse(out.stdout).items.find((i) => i.kind === 'Pod').spec.nodeName;
    };
    const seen = new Set([h.podsOf('j')[0].spec.nodeName]);
    for (let s = 2; s <= 12; s++) seen.add(nodeFor(s));
    for (const n of seen) h.assert(['w-1', 'w-2', 'w-3'].includes(n), `seed chose ${n}, not one of the tied best`);
    h.assert(seen.size >= 2, `twelve seeds all chose ${[...seen]}`);
    h.eq(nodeFor(5), nodeFor(5), 'same seed, same node');
  },
};
