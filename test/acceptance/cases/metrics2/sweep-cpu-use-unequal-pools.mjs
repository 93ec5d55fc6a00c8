// Sweep CPU USE is "over every pool together" (requested over allocatable, summed over the pools, not a
// mean of the pools' ratios) and CPU PEAK is "the busiest pool at its peak". Pool small (N nodes of 1 CPU,
// N = 1, 2) runs Job jx (1 CPU, 100s); pool big (1 node, 8 CPU) runs Job jy (2 CPU, 100s); 200s run.
// Means: small 500m, big 1000m. N=1: small 0.5 (peak 1), big 0.125 (peak 0.25); CPU USE 1500/9000 =
// 0.1667 (a mean of the ratios would be 0.3125); CPU PEAK 1. N=2: small 0.25 (peak 0.5); CPU USE
// 1500/10000 = 0.15; CPU PEAK 0.5. Text: 16.7% / 100.0% and 15.0% / 50.0%.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
function sweep(scenario, args) {
  const dir = mkdtempSync(join(tmpdir(), 'metrics2-'));
  const f = join(dir, 's.yaml');
  writeFileSync(f, scenario);
  const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['sweep', f, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (p.status !== 0) throw new Error(`sweep exit ${p.status}: ${p.stderr.slice(0, 300)}`);
  return p.stdout;
}
const job = (n, pool, cpu) => `---
apiVersion: batch/v1
kind: Job
metadata: {name: ${n}}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "100s"}}
    spec:
      nodeSelector: {pool: ${pool}}
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "${cpu}"}}}]
`;
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: unequal}
spec:
  duration: 200s
  cluster:
    nodePools:
      - {name: small, count: 1, capacity: {cpu: "1", memory: 4Gi, pods: 110}, labels: {pool: small}}
      - {name: big, count: 1, capacity: {cpu: "8", memory: 32Gi, pods: 110}, labels: {pool: big}}
${job('jx', 'small', 1)}${job('jy', 'big', 2)}`;
export default {
  id: 'metrics2/sweep-cpu-use-unequal-pools',
  source: 'README "jobsim sweep" (CPU USE "requested over allocatable CPU ... over every pool together", CPU PEAK "the busiest pool at its peak"; SweepResult runs[].cpuUtilization, runs[].pools)',
  scenario,
  check(r, h) {
    const s = JSON.parse(sweep(scenario, ['--pool', 'small=1,2', '--seeds', '1', '-o', 'json']));
    const runs = s.rows.map((x) => x.runs[0]);
    h.eq(s.rows.map((x) => x.nodes), [2, 3], 'nodes');
    h.eq(runs.map((x) => x.pools), [
      { small: { cpuUtilization: 0.5, cpuPeakUtilization: 1 }, big: { cpuUtilization: 0.125, cpuPeakUtilization: 0.25 } },
      { small: { cpuUtilization: 0.25, cpuPeakUtilization: 0.5 }, big: { cpuUtilization: 0.125, cpuPeakUtilization: 0.25 } },
    ], 'per pool');
    h.eq(runs.map((x) => x.cpuUtilization), [0.1667, 0.15], 'CPU USE per run (total over total)');
    h.eq(s.rows.map((x) => [x.summary.cpuUtilizationMean, x.summary.cpuPeakUtilizationMax]), [[0.1667, 1], [0.15, 0.5]], 'summary');
    const text = sweep(scenario, ['--pool', 'small=1,2', '--seeds', '1']);
    const cells = (p) => text.split('\n').find((l) => l.startsWith(p)).trim().split(/\s{3,}/).slice(-2);
    h.eq([cells('small=1 '), cells('small=2 ')], [['16.7%', '100.0%'], ['15.0%', '50.0%']], 'text CPU USE, CPU PEAK');
  },
};
