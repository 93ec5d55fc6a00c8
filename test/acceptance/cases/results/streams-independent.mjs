// README "Time and randomness": every component draws from its own stream forked by name
// ("workload/default/etl", ...), "so adding a node or a Job does not change what another Job draws".
// The lognormal durations drawn for Job etl's 8 pods are the same with and without another random Job
// declared before it, and with 5 nodes instead of 3 (same seed).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const sim = (nodes) => `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: st}
spec:
  seed: 9
  cluster:
    nodePools:
    - {name: w, count: ${nodes}, capacity: {cpu: "16", memory: 16Gi, pods: 110}}
  behaviors:
  - selector: {matchLabels: {app: etl}}
    duration: {lognormal: {median: 5m, p95: 20m}}
  - selector: {matchLabels: {app: other}}
    duration: {exponential: {mean: 3m}}
`;
const other = `---
apiVersion: batch/v1
kind: Job
metadata: {name: aaa-other}
spec:
  completions: 5
  parallelism: 5
  template:
    metadata: {labels: {app: other}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
const etl = `---
apiVersion: batch/v1
kind: Job
metadata: {name: etl}
spec:
  completions: 8
  parallelism: 8
  template:
    metadata: {labels: {app: etl}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
function durations(text) {
  const dir = mkdtempSync(join(tmpdir(), 'si-'));
  const f = join(dir, 's.yaml');
  writeFileSync(f, text);
  const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'json'], { encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`exit ${p.status}: ${p.stderr.slice(0, 200)}`);
  const r = JSON.parse(p.stdout);
  return r.items.filter((o) => o.kind === 'Pod' && o.metadata.name.startsWith('etl-'))
    .map((o) => { const t = o.status.containerStatuses[0].state.terminated; return (Date.parse(t.finishedAt) - Date.parse(t.startedAt)) / 1000; })
    .sort((a, b) => a - b);
}
export default {
  id: 'results/streams-independent',
  source: 'README "Time and randomness" (streams forked by name: adding a node or a Job does not change what another Job draws)',
  scenario: sim(3) + etl,
  check(r, h) {
    const base = durations(sim(3) + etl);
    h.eq(base.length, 8, 'etl pods');
    h.assert(new Set(base).size > 4, `durations vary: ${base}`);
    h.eq(durations(sim(3) + other + etl), base, 'with another random Job declared first');
    h.eq(durations(sim(5) + etl), base, 'with 5 nodes');
  },
};
