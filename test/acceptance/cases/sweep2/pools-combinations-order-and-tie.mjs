// README sweep: "one flag per pool, every combination of several pools", the first pool outermost;
// "Smallest counts nodes, whatever their pool" and on a tie the first in sweep order. Pools a (4 CPU) and
// b (4 CPU); one Job of 1 CPU for 10s, Complete at 11s everywhere: every size meets 100% within 1m.
// Sizes in order: a=1,b=0 (1 node), a=1,b=1 (2), a=2,b=0 (2), a=2,b=1 (3). Smallest: a=1,b=0. CPU USE is
// over every pool together: 1000m for 10s of the 100s run over 4000m (0.025), 8000m (0.0125), 12000m
// (0.0083); a pool of 0 nodes is listed with 0.
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
metadata: {name: mp}
spec:
  duration: 100s
  cluster:
    nodePools:
      - {name: a, count: 1, capacity: {cpu: "4", memory: 4Gi, pods: 110}, labels: {pool: a}}
      - {name: b, count: 1, capacity: {cpu: "4", memory: 4Gi, pods: 110}, labels: {pool: b}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "10s"}}
    spec:
      restartPolicy: Never
      nodeSelector: {pool: a}
      containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
`;
export default {
  id: 'sweep2/pools-combinations-order-and-tie',
  source: 'README sweep (several --pool flags; "Smallest" counts nodes; CPU USE over every pool together); SweepResult.smallest',
  scenario,
  check(r, h) {
    const s = sweep(scenario, ['--pool', 'a=1,2', '--pool', 'b=0,1', '--seeds', '1', '--within', '1m', '--target', '100%', '-o', 'json']).json();
    h.eq(s.rows.map((x) => x.pools), [{ a: 1, b: 0 }, { a: 1, b: 1 }, { a: 2, b: 0 }, { a: 2, b: 1 }], 'order');
    h.eq(s.rows.map((x) => x.nodes), [1, 2, 2, 3], 'nodes');
    h.eq(s.smallest, { pools: { a: 1, b: 0 }, nodes: 1, withinSloShare: 1 }, 'smallest');
    h.eq(s.rows.map((x) => x.runs[0].cpuUtilization), [0.025, 0.0125, 0.0125, 0.0083], 'cpu over every pool');
    h.eq(s.rows[1].runs[0].pools, { a: { cpuUtilization: 0.025, cpuPeakUtilization: 0.25 }, b: { cpuUtilization: 0, cpuPeakUtilization: 0 } }, 'per pool');
    h.eq(s.rows[0].runs[0].pools.b, { cpuUtilization: 0, cpuPeakUtilization: 0 }, 'pool of 0 nodes listed');
  },
};
