// jobsim sweep -o json, computed by hand: one Job of 4 pods x (1 CPU, 60s), parallelism 4, on a pool of
// 1-CPU nodes, duration 400s. p=1: pods run [0,60) [60,120) [120,180) [180,240), Complete at 241 (1s
// batching); waits 0,60,120,180 -> nearest-rank p95 = 4th = 180; pending peak 3; cpu mean 1000*240/400 =
// 600m of 1000m = 0.6, peak 1. p=2: 121s, waits p95 60, pending peak 2, 0.3. p=4: 61s, no wait, 0.15.
// --within 121s is met at exactly 121s (<=): p=2 is the smallest size meeting 100%.
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
metadata: {name: s1}
spec:
  duration: 400s
  cluster:
    nodePools:
      - name: p
        count: 1
        capacity: {cpu: "1", memory: 4Gi, pods: 110}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  parallelism: 4
  completions: 4
  template:
    metadata: {annotations: {jobsim/duration: "60s"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
`;
export default {
  id: 'sweep2/sweep-json-by-hand',
  source: 'README "jobsim sweep: how many nodes?" (SweepResult rows, runs, summary, smallest); README metrics table',
  scenario,
  check(r, h) {
    const p = sweep(scenario, ['--pool', 'p=1,2,4', '--seeds', '1', '--within', '121s', '--target', '100%', '-o', 'json']);
    h.eq(p.status, 0, `exit (${p.stderr})`);
    const s = p.json();
    h.eq([s.apiVersion, s.kind, s.metadata.name], ['jobsim/v1alpha1', 'SweepResult', 's1'], 'header');
    h.eq(s.spec, { pools: [{ name: 'p', counts: [1, 2, 4] }], seeds: [1], withinSeconds: 121, target: 1 }, 'spec');
    const runs = s.rows.map((x) => x.runs[0]);
    h.eq(s.rows.map((x) => x.nodes), [1, 2, 4], 'nodes');
    h.eq(runs.map((x) => x.jobDurationP95Seconds), [241, 121, 61], 'job p95');
    h.eq(runs.map((x) => x.podWaitP95Seconds), [180, 60, 0], 'pod wait p95');
    h.eq(runs.map((x) => x.pendingPeak), [3, 2, 0], 'pending peak');
    h.eq(runs.map((x) => x.cpuUtilization), [0.6, 0.3, 0.15], 'cpu utilization');
    h.eq(runs.map((x) => x.pools.p), [1, 2, 3].map((i) => ({ cpuUtilization: [0.6, 0.3, 0.15][i - 1], cpuPeakUtilization: 1 })), 'per pool');
    h.eq(runs.map((x) => x.lastFinishedAtSeconds), [241, 121, 61], 'last finished');
    h.eq(runs.map((x) => x.jobs), [0, 1, 1].map((w) => ({ created: 1, complete: 1, failed: 0, unfinished: 0, withinSlo: w, undetermined: 0, missed: 0 })), 'jobs');
    h.eq(s.rows.map((x) => x.summary.meetsTarget), [false, true, true], 'meets');
    h.eq(s.smallest, { pools: { p: 2 }, nodes: 2, withinSloShare: 1 }, 'smallest');
  },
};
