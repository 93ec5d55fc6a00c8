// Each run of a sweep is a summary-mode run of that size and seed: its figures equal those of
// `jobsim run --seed S -o summary` on the scenario with the pool set to that size (README sweep:
// "each as -o summary does"). Random durations over 3 seeds: per-run jobDurationP95Seconds,
// podWaitP95Seconds, pendingPeak, cpuUtilization, per-pool peak utilisation and lastFinishedAtSeconds
// match the run's metrics; summary.cpuUtilizationMean is the mean over the seeds, pendingPeakMax and
// podWaitP95SecondsWorst the highest, and the pooled Job durations' max is the highest max.
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
const scenario = (n) => `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cmp}
spec:
  seed: 11
  duration: 2h
  cluster:
    nodePools:
      - {name: p, count: ${n}, capacity: {cpu: "2", memory: 4Gi, pods: 110}}
  behaviors:
    - selector: {matchLabels: {app: w}}
      duration: {uniform: [1m, 9m]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  parallelism: 6
  completions: 12
  template:
    metadata: {labels: {app: w}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1", memory: 1Gi}}}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: k}
spec:
  parallelism: 2
  completions: 4
  template:
    metadata: {labels: {app: w}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1", memory: 1Gi}}}]
`;
export default {
  id: 'sweep2/runs-equal-summary-runs',
  source: 'README sweep (runs "each as -o summary does"; columns: mean over the seeds, highest over the seeds)',
  scenario: scenario(2),
  check(r, h) {
    const s = sweep(scenario(2), ['--pool', 'p=2', '--seeds', '3', '-o', 'json']).json();
    const row = s.rows[0];
    const ps = [];
    for (const run of row.runs) {
      const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', '-', '--seed', String(run.seed), '-o', 'summary'], { input: scenario(2), encoding: 'utf8' });
      const m = JSON.parse(p.stdout).metrics;
      ps.push(m);
      h.eq([run.jobDurationP95Seconds, run.podWaitP95Seconds, run.pendingPeak, run.pools.p.cpuUtilization, run.cpuUtilization, run.lastFinishedAtSeconds],
        [m.jobs.durationSeconds.p95, m.pods.schedulingWaitSeconds.p95, m.pods.pendingPeak, m.pools.p.cpuUtilization, m.pools.p.cpuUtilization, m.jobs.lastFinishedAt], `seed ${run.seed}`);
      h.eq(run.pools.p.cpuPeakUtilization, Math.round((m.pools.p.cpuRequestedPeakMilli / m.pools.p.cpuCapacityMilli) * 1e4) / 1e4, `seed ${run.seed} peak`);
      h.eq([run.jobs.complete, run.jobs.failed], [m.jobs.complete, m.jobs.failed], `seed ${run.seed} jobs`);
    }
    h.eq(row.summary.cpuUtilizationMean, Math.round((ps.reduce((a, m) => a + m.pools.p.cpuUtilization, 0) / 3) * 1e4) / 1e4, 'cpu mean over seeds');
    h.eq(row.summary.pendingPeakMax, Math.max(...ps.map((m) => m.pods.pendingPeak)), 'pending peak max');
    h.eq(row.summary.podWaitP95SecondsWorst, Math.max(...ps.map((m) => m.pods.schedulingWaitSeconds.p95)), 'worst wait');
    h.eq(row.summary.jobDurationSeconds.max, Math.max(...ps.map((m) => m.jobs.durationSeconds.max)), 'max duration');
  },
};
