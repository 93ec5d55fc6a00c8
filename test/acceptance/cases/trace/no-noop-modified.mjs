// An update that changes nothing is not written (GuaranteedUpdate short-circuits; no watch event): no
// MODIFIED line is identical to the object's previous line apart from resourceVersion, in a run with
// retries, suspension, a node failure and a CronJob.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const bin = () => join(process.cwd(), 'node_modules/.bin/jobsim');
// runs the scenario again with --trace; returns the result, the trace text and its parsed lines
function traced(scenario, args = [], output = 'json') {
  const dir = mkdtempSync(join(tmpdir(), 'trace-'));
  const f = join(dir, 's.yaml'), t = join(dir, 't.jsonl');
  writeFileSync(f, scenario);
  const p = spawnSync(bin(), ['run', f, '-o', output, '--trace', t, ...args], { encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`exit ${p.status}: ${(p.stderr || '').slice(0, 200)}`);
  const text = readFileSync(t, 'utf8');
  const lines = text.trimEnd().split('\n').map((l) => JSON.parse(l));
  return { r: output === 'text' ? p.stdout : JSON.parse(p.stdout), stdout: p.stdout, text, lines, dir, f };
}
const objs = (lines, kind, name) => lines.filter((l) => l.type === 'object' && (!kind || l.kind === kind) && (!name || l.name === name || (name instanceof RegExp && name.test(l.name))));
const rvOf = (l) => Number(l.object.metadata.resourceVersion);
const canon = (x) => JSON.stringify(x, (k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((key) => [key, v[key]])) : v));
const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: t}\nspec:\n  duration: 1h\n  faults:\n  - {at: 5m, nodeDown: node-1, for: 10m}\n  timeline:\n  - {at: 2m, patch: {kind: Job, name: s, spec: {suspend: true}}}\n  - {at: 3m, patch: {kind: Job, name: s, spec: {suspend: false}}}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: s}\nspec:\n  parallelism: 3\n  completions: 6\n  template:\n    metadata: {annotations: {jobsim/duration: 4m, jobsim/exit-codes: \"1,0\"}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n---\napiVersion: batch/v1\nkind: CronJob\nmetadata: {name: cj}\nspec:\n  schedule: \"*/10 * * * *\"\n  successfulJobsHistoryLimit: 1\n  jobTemplate:\n    spec:\n      template:\n        metadata: {annotations: {jobsim/duration: 1m}}\n        spec:\n          containers: [{name: c, image: busybox:1.36}]\n          restartPolicy: Never\n";
export default {
  id: "trace/no-noop-modified",
  source: "apiserver storage/etcd3/store.go GuaranteedUpdate (unchanged object: no write, no new revision)",
  scenario,
  check(r, h) {
    const { lines } = traced(scenario);
    const prev = new Map();
    const strip = (o) => { const c = JSON.parse(JSON.stringify(o)); delete c.metadata.resourceVersion; return canon(c); };
    for (const [i, l] of lines.entries()) {
      if (l.type !== 'object') continue;
      const p = prev.get(l.object.metadata.uid);
      if (p && l.op === 'MODIFIED' && strip(p) === strip(l.object)) h.fail(`line ${i + 1}: no-op MODIFIED of ${l.kind} ${l.name} at ${l.t}`);
      prev.set(l.object.metadata.uid, l.object);
    }
  },
};
