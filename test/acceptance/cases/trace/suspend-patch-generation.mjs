// A timeline patch suspending a running Job: the first Job line at 1m is the spec write (generation 2,
// spec.suspend true, status unchanged), then the pods' deletions and the Job controller's status write
// with the Suspended condition, and the Suspended event.
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
const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: t}\nspec:\n  timeline:\n  - {at: 1m, patch: {kind: Job, name: j, spec: {suspend: true}}}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    metadata: {annotations: {jobsim/duration: 1h}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: "trace/suspend-patch-generation",
  source: "registry/batch/job/strategy.go PrepareForUpdate (generation+1 on spec change); job_controller.go syncJob (suspend: delete active pods, JobSuspended condition, Suspended event)",
  scenario,
  check(r, h) {
    const { lines } = traced(scenario);
    const at = lines.filter((l) => l.t === '2026-01-01T00:01:00Z');
    const jl = at.filter((l) => l.kind === 'Job');
    h.eq([jl[0].object.metadata.generation, jl[0].object.spec.suspend, jl[0].object.status.active], [2, true, 1], 'first Job line at 1m');
    const sus = jl.find((l) => (l.object.status.conditions ?? []).some((c) => c.type === 'Suspended' && c.status === 'True'));
    h.assert(sus, 'a Job write with Suspended=True at 1m');
    h.eq(sus.object.status.conditions.find((c) => c.type === 'Suspended').reason, 'JobSuspended', 'reason');
    h.assert(at.some((l) => l.type === 'event' && l.event.reason === 'Suspended' && l.event.message === 'Job suspended'), 'Suspended event');
  },
};
