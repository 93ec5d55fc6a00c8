// BalancedAllocation is int64((1 - std) * 100) in float64: on a (10 cpu, 10Gi) a 6 cpu / 8Gi pod has fractions
// 0.6 and 0.8, and (1 - 0.1) * 100 is 89.99999999999999 in floats: 89, so a scores 30 + 89 = 119 against
// b (15 cpu, 10Gi) 40 + 80 = 120. b wins for every seed (exact arithmetic, 90, would make it a coin toss).
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
    - { name: a, count: 1, capacity: { cpu: "10", memory: 10Gi, pods: 110 } }
    - { name: b, count: 1, capacity: { cpu: "15", memory: 10Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "6", memory: 8Gi } } }]
      restartPolicy: Never
`;
export default {
  id: 'scorefit/balanced-float-truncation',
  source: 'noderesources/balanced_allocation.go balancedResourceScorer (std = math.Abs((f0-f1)/2); return int64((1 - std) * float64(MaxNodeScore))); least_allocated.go leastRequestedScore',
  scenario,
  timeoutMs: 60000,
  check(r, h) {
    h.eq(h.podsOf('j')[0].spec.nodeName, 'b-1', 'node of the pod');
    const dir = mkdtempSync(join(tmpdir(), 'bal-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    for (const seed of [2, 3, 4, 5]) {
      const out = spawnSync('node_modules/.bin/jobsim', ['run', f, '-o', 'json', '--seed', String(seed)], { encoding: 'utf8' });
      h.eq(out.status, 0, `exit for seed ${seed}`);
      h.eq(JSON.parse(out.stdout).items.find((i) => i.kind === 'Pod').spec.nodeName, 'b-1', `node for seed ${seed}`);
    }
  },
};
