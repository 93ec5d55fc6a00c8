// Sweep text table: a size where no Job is decided reads n/a (README: "n/a when no Job was decided").
// p=0: the Job's pod is pending the whole 10m run, its 1h window reaches past the end: undecided; p=1:
// Complete at 31s. Row p=0: WITHIN n/a, WORST SEED n/a, JOB P50 '-', POD WAIT P95 '-', PENDING PEAK 1,
// CPU USE 0.0%; row p=1: 100.0%, 31s, CPU USE 1000m*30/600 of 2000m = 2.5%, CPU PEAK 50.0%.
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
metadata: {name: tx}
spec:
  duration: 10m
  cluster:
    nodePools:
      - {name: p, count: 1, capacity: {cpu: "2", memory: 4Gi, pods: 110}}
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
  id: 'sweep2/text-na-row-and-undecided-note',
  source: 'README sweep (table columns, n/a, undecided count); src/cli/sweep.ts renderSweep',
  scenario,
  check(r, h) {
    const p = sweep(scenario, ['--pool', 'p=0,1', '--seeds', '1', '--within', '1h']);
    h.eq(p.status, 0, 'exit');
    const lines = p.stdout.split('\n');
    const row = (k) => lines.find((l) => l.startsWith(k + ' ')).trim().split(/\s{3,}/);
    h.eq(row('p=0'), ['p=0', '0', '1', '0', '0', '1', '0', 'n/a', 'n/a', '-', '-', '-', '-', '1', '0.0%', '0.0%'], 'row p=0');
    h.eq(row('p=1'), ['p=1', '1', '1', '1', '0', '0', '0', '100.0%', '100.0%', '31s', '31s', '31s', '0s', '0', '2.5%', '50.0%'], 'row p=1');
    h.assert(lines.includes('1 Job(s) were undecided at the end of their runs: a longer --duration would count them.'), 'undecided note');
    h.assert(lines.includes('1 size(s) had no Job decided (n/a): nothing there can meet the target.'), 'n/a note');
    h.assert(lines.includes('Smallest size meeting 95.0%: p=1 (1 node(s)): 100.0% of Jobs within 1h.'), 'smallest line');
  },
};
