// A run that ends when nothing more can happen (one 10s Job): endedBy quiet; the last lines are the
// Job's Complete write and its Completed event at 11s; no line after spec.end.
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
const scenario = "---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    metadata: {annotations: {jobsim/duration: 10s}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: "trace/quiet-end-last-line",
  source: "CONTRACT.md §2 (without duration, runs until nothing more can happen); job_controller.go (Completed event after the status write)",
  scenario,
  check(r, h) {
    const { r: res, lines } = traced(scenario);
    h.eq(res.spec.endedBy, 'quiet', 'endedBy');
    h.assert(lines.every((l) => l.t <= res.spec.end), 'no line after the end');
    const [a, b] = lines.slice(-2);
    h.eq([a.t, a.op, a.kind, b.t, b.type, b.event?.reason], ['2026-01-01T00:00:11Z', 'MODIFIED', 'Job', '2026-01-01T00:00:11Z', 'event', 'Completed'], 'last two lines');
    h.eq(a.object.status.conditions.map((c) => c.type), ['SuccessCriteriaMet', 'Complete'], 'conditions of the last Job write');
  },
};
