// Sweep seeds: "--seeds N from the scenario's seed (or --seed), or the seeds A to B"; a scenario with no
// Simulation document sweeps the default pool "node" (3 nodes of 4 CPU): --pool node=1,3. One Job of 2
// CPU for 20s, default run until quiet: Complete at 21s on any size; seeds 7, 8 (--seeds 2 --seed 7) and
// 3..5 (--seeds 3..5); metadata.name "sweep".
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
const scenario = `apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "20s"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "2"}}}]
`;
export default {
  id: 'sweep2/seeds-and-default-pool',
  source: 'README sweep (--seeds N|A..B, --seed); README Simulation (default pool "node" of 3 nodes)',
  scenario,
  check(r, h) {
    let s = sweep(scenario, ['--pool', 'node=1,3', '--seeds', '2', '--seed', '7', '-o', 'json']).json();
    h.eq(s.spec.seeds, [7, 8], 'seeds 7..8');
    h.eq(s.rows.map((x) => [x.nodes, x.runs.map((y) => y.seed)]), [[1, [7, 8]], [3, [7, 8]]], 'rows');
    h.eq(s.rows.map((x) => x.summary.jobDurationSeconds), [{ p50: 21, p95: 21, max: 21 }, { p50: 21, p95: 21, max: 21 }], 'durations');
    h.eq(s.rows.map((x) => x.summary.withinSloShare), [null, null], 'no service level asked');
    h.eq([s.spec.withinSeconds, s.spec.target, s.smallest], [null, null, null], 'no target');
    s = sweep(scenario, ['--pool', 'node=2', '--seeds', '3..5', '-o', 'json']).json();
    h.eq(s.spec.seeds, [3, 4, 5], 'seeds 3..5');
    h.eq(s.rows[0].summary.jobsCreated, 3, 'one Job per seed');
  },
};
