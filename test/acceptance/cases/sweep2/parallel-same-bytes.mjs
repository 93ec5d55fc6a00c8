// README sweep: "--parallel N on N worker threads (tinypool): the output is the same bytes, since each
// run depends only on its size and seed". A random workload (lognormal durations, random node failures,
// a CronJob) over 2 sizes x 3 seeds: text and JSON with --parallel 2 equal the serial output byte for byte,
// and two serial runs agree.
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
metadata: {name: par}
spec:
  seed: 5
  duration: 3h
  cluster:
    nodePools:
      - {name: w, count: 2, capacity: {cpu: "2", memory: 4Gi, pods: 110}, mtbf: 2h, mttr: 10m}
  behaviors:
    - selector: {matchLabels: {app: etl}}
      duration: {lognormal: {median: 5m, p95: 20m}}
      failureProbability: 0.2
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: etl}
spec:
  schedule: "*/20 * * * *"
  jobTemplate:
    spec:
      parallelism: 3
      completions: 6
      template:
        metadata: {labels: {app: etl}}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
`;
export default {
  id: 'sweep2/parallel-same-bytes',
  source: 'README sweep (--parallel: "the output is the same bytes"); jobsim sweep --help',
  scenario,
  timeoutMs: 120000,
  check(r, h) {
    const args = ['--pool', 'w=1,3', '--seeds', '3', '--within', '30m'];
    const a = sweep(scenario, [...args, '-o', 'json']);
    const b = sweep(scenario, [...args, '-o', 'json', '--parallel', '2']);
    h.eq([a.status, b.status], [0, 0], 'exits');
    h.assert(a.stdout === b.stdout, 'json: --parallel 2 differs from the serial sweep');
    const t1 = sweep(scenario, args), t2 = sweep(scenario, [...args, '--parallel', '3']);
    const body = (t) => t.stdout.split('\n').slice(1).join('\n'); // the first line names the (temporary) file
    h.assert(body(t1) === body(t2) && body(t1).length > 0, 'text: --parallel 3 differs from the serial sweep');
    h.eq(a.json().spec.seeds, [5, 6, 7], 'seeds from the file');
  },
};
