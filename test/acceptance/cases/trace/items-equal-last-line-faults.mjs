// Under a node failure with taint eviction (node down 20m: NoExecute taint, pods evicted after 300s),
// the last traced state of every object equals its item in -o json and each object's lines start with ADDED.
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
const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: t}\nspec:\n  duration: 40m\n  faults:\n  - {at: 1m, nodeDown: node-1, for: 20m}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: p}\nspec:\n  parallelism: 6\n  completions: 6\n  template:\n    metadata: {annotations: {jobsim/duration: 30m}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: "trace/items-equal-last-line-faults",
  source: "CONTRACT.md §1 (--trace), §3 (items: last state)",
  scenario,
  check(r, h) {
    const { r: res, lines } = traced(scenario);
    const last = new Map(), first = new Map();
    for (const l of lines) if (l.type === 'object') { last.set(l.object.metadata.uid, l.object); if (!first.has(l.object.metadata.uid)) first.set(l.object.metadata.uid, l.op); }
    for (const o of res.items) {
      h.assert(canon(last.get(o.metadata.uid)) === canon(o), `last line of ${o.kind} ${o.metadata.name} differs from its item`);
      h.eq(first.get(o.metadata.uid), 'ADDED', `first line of ${o.metadata.name}`);
    }
    h.assert(lines.some((l) => l.type === 'event' && l.event.reason === 'TaintManagerEviction'), 'an eviction happened');
  },
};
