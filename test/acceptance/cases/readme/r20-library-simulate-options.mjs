// README library: simulate(yamlText, { seed: 7, duration: '2h' }) returns the SimulationResult of the CLI
// (`jobsim run --seed 7 --duration 2h -o json`, byte for byte as JSON); simulate(input, { shuffleTies: true })
// (or a number) runs same-instant work in a shuffled order and gives the same outcome here; invalid input
// throws InvalidScenarioError with every issue.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
const yaml = `apiVersion: batch/v1
kind: Job
metadata: {name: etl}
spec:
  completions: 6
  parallelism: 3
  template:
    metadata: {annotations: {jobsim/duration: "uniform(1m,5m)"}}
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "3"}}}]
      restartPolicy: Never
`;
export default {
  id: 'readme/library-simulate-options',
  source: 'README Testing your policies (simulate(yamlText, { seed: 7, duration: "2h" }); InvalidScenarioError), Time and randomness (shuffleTies); CONTRACT §1 library entry point',
  scenario: yaml,
  async check(r, h) {
    const root = process.cwd();
    const lib = await import(pathToFileURL(join(root, 'lib/index.mjs')).href);
    const res = lib.simulate(yaml, { seed: 7, duration: '2h' });
    h.eq([res.spec.seed, res.spec.end, res.spec.endedBy], [7, '2026-01-01T02:00:00Z', 'duration'], 'options applied');
    const dir = mkdtempSync(join(tmpdir(), 'lib-'));
    const f = join(dir, 'a.yaml'); writeFileSync(f, yaml);
    const p = spawnSync(join(root, 'node_modules/.bin/jobsim'), ['run', f, '--seed', '7', '--duration', '2h', '-o', 'json'], { encoding: 'utf8' });
    h.eq(JSON.stringify(JSON.parse(p.stdout)), JSON.stringify(res), 'same document as the CLI');
    for (const st of [true, 3]) {
      const s = lib.simulate(yaml, { seed: 7, duration: '2h', shuffleTies: st });
      const job = s.items.find((o) => o.kind === 'Job');
      h.eq(job.status.succeeded, 6, `shuffleTies ${st}: same outcome`);
      h.eq(s.counts.Pod, res.counts.Pod, `shuffleTies ${st}: same pod count`);
    }
    let err;
    try { lib.simulate(yaml.replace('parallelism: 3', 'parallelism: -1').replace('completions: 6', 'completions: x')); } catch (e) { err = e; }
    h.assert(err, 'throws on invalid input');
    h.eq(err.name ?? err.constructor?.name, 'InvalidScenarioError', 'error class');
    h.assert(/parallelism/.test(String(err.message)) && /completions/.test(String(err.message)), 'every issue: ' + err.message);
  },
};
