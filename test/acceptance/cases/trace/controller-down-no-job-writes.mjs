// While the Job controller is down (controllerDown: job, 1m-5m) no Job line appears, though the pod
// finishes at 2m; at 5m the controller's first sync writes the Job status (Complete).
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
const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: t}\nspec:\n  faults:\n  - {at: 1m, controllerDown: job, for: 4m}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    metadata: {annotations: {jobsim/duration: 2m}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: "trace/controller-down-no-job-writes",
  source: "CONTRACT.md §2 (faults: controllerDown); job_controller.go (status written only by the controller)",
  scenario,
  check(r, h) {
    const { lines } = traced(scenario);
    const jl = objs(lines, 'Job', 'j');
    h.eq(jl.filter((l) => l.t > '2026-01-01T00:01:00Z' && l.t < '2026-01-01T00:05:00Z').length, 0, 'Job lines during the outage');
    const pod = objs(lines, 'Pod').find((l) => l.object.status.phase === 'Succeeded');
    h.eq(pod.t, '2026-01-01T00:02:00Z', 'pod Succeeded during the outage');
    const done = jl.find((l) => (l.object.status.conditions ?? []).some((c) => c.type === 'Complete'));
    h.eq(done.t, '2026-01-01T00:05:00Z', 'Complete written when the controller is back');
  },
};
