// The scheduler's binding is one MODIFIED line of the pod at once after its ADDED: spec.nodeName set and
// PodScheduled=True; the Scheduled event follows the ADDED and names the same node.
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
const scenario = "---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    metadata: {annotations: {jobsim/duration: 20s}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: "trace/pod-binding-line",
  source: "pkg/registry/core/pod/storage/storage.go BindingREST.setPodNodeAndMetadata (nodeName + PodScheduled condition in one write); scheduler schedule_one.go",
  scenario,
  check(r, h) {
    const { lines } = traced(scenario);
    const pl = objs(lines, 'Pod');
    h.eq(pl[0].op, 'ADDED', 'first');
    const b = pl[1].object;
    h.assert(typeof b.spec.nodeName === 'string', 'nodeName set by the 2nd pod line');
    h.eq((b.status.conditions ?? []).filter((c) => c.type === 'PodScheduled').map((c) => c.status), ['True'], 'PodScheduled');
    const ev = lines.find((l) => l.type === 'event' && l.event.reason === 'Scheduled');
    h.eq(ev.event.message, `Successfully assigned default/${b.metadata.name} to ${b.spec.nodeName}`, 'Scheduled message');
  },
};
