// A run ended by duration (1h): the kubelets' last unchanged-status reports are written at the end, one
// MODIFIED per node stamped with spec.end and lastHeartbeatTime 01:00:00 (5-minute steps from creation);
// no line is later than spec.end.
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
const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: t}\nspec:\n  duration: 1h\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    metadata: {annotations: {jobsim/duration: 20s}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: "trace/duration-end-node-heartbeat",
  source: "README known differences (Node lifecycle: the last heartbeat written once when the run ends); kubelet nodeStatusReportFrequency 5m",
  scenario,
  check(r, h) {
    const { r: res, lines } = traced(scenario);
    h.eq(res.spec.end, '2026-01-01T01:00:00Z', 'end');
    h.assert(lines.every((l) => l.t <= res.spec.end), 'no line after the end');
    const last = lines.slice(-3);
    h.eq(last.map((l) => [l.t, l.op, l.name, l.object.status.conditions.find((c) => c.type === 'Ready').lastHeartbeatTime]), [1, 2, 3].map((i) => ['2026-01-01T01:00:00Z', 'MODIFIED', `node-${i}`, '2026-01-01T01:00:00Z']), 'last lines');
  },
};
