// CONTRACT §3 "The same documents and seed give byte-identical output" applies to the --trace file too:
// two runs of a scenario with random durations, random node failures and a CronJob write the same trace,
// byte for byte, whether the report is json or text; and a different seed writes a different one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: td}
spec:
  seed: 3
  duration: 3h
  cluster:
    nodePools:
    - {name: w, count: 3, capacity: {cpu: "2", memory: 4Gi, pods: 110}, mtbf: 1h, mttr: 5m}
  behaviors:
  - selector: {matchLabels: {app: x}}
    duration: {exponential: {mean: 4m}}
    failureProbability: 0.3
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      completions: 3
      parallelism: 2
      template:
        metadata: {labels: {app: x}}
        spec:
          containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
          restartPolicy: Never
`;
export default {
  id: 'results/trace-deterministic',
  source: 'CONTRACT.md §1 (--trace), §3 (byte-identical output for the same documents and seed)',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'tdet-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const trace = (name, ...args) => {
      const t = join(dir, name);
      const p = spawnSync(bin, ['run', f, '--trace', t, ...args], { encoding: 'utf8' });
      if (p.status !== 0) throw new Error(`exit ${p.status}: ${p.stderr.slice(0, 200)}`);
      return readFileSync(t, 'utf8');
    };
    const a = trace('a.jsonl', '-o', 'json'), b = trace('b.jsonl', '-o', 'json'), c = trace('c.jsonl', '-o', 'text');
    h.assert(a.length > 10000, `a substantial trace: ${a.length} bytes`);
    h.assert(a === b, 'two json runs: same trace');
    h.assert(a === c, 'json and text runs: same trace');
    h.assert(trace('d.jsonl', '-o', 'json', '--seed', '4') !== a, 'another seed: another trace');
  },
};
