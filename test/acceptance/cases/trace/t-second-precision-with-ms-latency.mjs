// With a 1500ms container start the pod starts at 1.5s: every t is RFC 3339 with whole seconds
// (truncated: the Running pod write is stamped 00:00:01Z, as its startedAt), never milliseconds.
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
const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: t}\nspec:\n  latencies: {containerStart: 1500ms}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    metadata: {annotations: {jobsim/duration: 20s}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: "trace/t-second-precision-with-ms-latency",
  source: "README \"--trace FILE\" (one JSON object per line: t RFC 3339 seconds, type object|event, op, kind, namespace, name, object); CONTRACT.md §1; CONTRACT.md §3 (second precision)",
  scenario,
  check(r, h) {
    const { lines } = traced(scenario);
    h.assert(lines.every((l) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(l.t)), 'every t has second precision');
    const run = objs(lines, 'Pod').find((l) => l.object.status.phase === 'Running');
    h.eq(run.t, '2026-01-01T00:00:01Z', 'Running pod write');
    h.eq(run.object.status.containerStatuses[0].state.running.startedAt, '2026-01-01T00:00:01Z', 'startedAt');
  },
};
