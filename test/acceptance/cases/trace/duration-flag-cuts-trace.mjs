// --duration 5m cuts a 1h scenario: the trace is exactly the prefix of the 1h run's trace up to 5m minus the
// 1h run's later lines, plus the end-of-run node heartbeats at 00:05:00.
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
const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: t}\nspec:\n  duration: 1h\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  parallelism: 2\n  completions: 4\n  template:\n    metadata: {annotations: {jobsim/duration: 3m}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: "trace/duration-flag-cuts-trace",
  source: "CONTRACT.md §1 (--duration overrides Simulation.spec.duration)",
  scenario,
  check(r, h) {
    const long = traced(scenario).lines;
    const short = traced(scenario, ['--duration', '5m']).lines;
    const body = short.filter((l) => !(l.kind === 'Node' && l.op === 'MODIFIED' && l.t === '2026-01-01T00:05:00Z'));
    const ref = long.filter((l) => l.t <= '2026-01-01T00:05:00Z' && !(l.kind === 'Node' && l.op === 'MODIFIED'));
    h.assert(canon(body) === canon(ref), `the 5m trace is the 1h trace's first 5 minutes (${body.length} vs ${ref.length} lines)`);
    h.eq(short.length - body.length, 3, 'three end-of-run node writes');
  },
};
