// jobsim sweep without --within: no service level, so no share, no target and no smallest size: spec
// {withinSeconds: null, target: null}, every run's jobs.withinSlo and undetermined null, summary shares
// and meetsTarget null, smallest null; the text table has no WITHIN / WORST SEED columns and no
// "Smallest size" line; the other columns are there. One 1-CPU Job of 30s on 1-CPU nodes, 60s run:
// Complete at 31s; CPU USE 30000/60/1000 = 50.0% at p=1, 25.0% at p=2.
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
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nowithin}
spec:
  duration: 60s
  cluster:
    nodePools:
      - {name: p, count: 1, capacity: {cpu: "1", memory: 4Gi, pods: 110}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "30s"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
`;
export default {
  id: 'metrics2/sweep-without-within',
  source: 'README "jobsim sweep" (With --within D a Job meets the service level ...; -o json SweepResult spec, rows, smallest "or null")',
  scenario,
  check(r, h) {
    const s = JSON.parse(sweep(scenario, ['--pool', 'p=1,2', '--seeds', '2', '-o', 'json']));
    h.eq([s.spec.withinSeconds, s.spec.target, s.smallest], [null, null, null], 'spec, smallest');
    h.eq(s.rows.flatMap((x) => x.runs.map((y) => y.jobs)), Array(4).fill({ created: 1, complete: 1, failed: 0, unfinished: 0, withinSlo: null, undetermined: null, missed: 0 }), 'runs jobs');
    h.eq(s.rows.map((x) => [x.summary.withinSloShare, x.summary.withinSloWorstSeedShare, x.summary.meetsTarget, x.summary.undetermined]), [[null, null, null, null], [null, null, null, null]], 'summary shares');
    h.eq(s.rows.map((x) => [x.summary.cpuUtilizationMean, x.summary.jobDurationSeconds]), [[0.5, { p50: 31, p95: 31, max: 31 }], [0.25, { p50: 31, p95: 31, max: 31 }]], 'cpu, durations');
    const text = sweep(scenario, ['--pool', 'p=1,2', '--seeds', '2']);
    const head = text.split('\n').find((l) => l.startsWith('POOLS'));
    h.eq(head.split(/\s{3,}/), ['POOLS', 'NODES', 'JOBS', 'COMPLETE', 'FAILED', 'UNFINISHED', 'MISSED', 'JOB P50', 'JOB P95', 'JOB MAX', 'POD WAIT P95', 'PENDING PEAK', 'CPU USE', 'CPU PEAK'], 'columns');
    h.eq(text.split('\n').find((l) => l.startsWith('p=1 ')).split(/\s{3,}/), ['p=1', '1', '2', '2', '0', '0', '0', '31s', '31s', '31s', '0s', '0', '50.0%', '100.0%'], 'row p=1');
    h.assert(!/Smallest size|No size met|Service level/.test(text), 'no service-level lines');
  },
};
