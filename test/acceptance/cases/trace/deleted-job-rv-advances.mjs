// kubectl delete of a finished Job (no finalizers): the API server removes it at once and the watch
// DELETED event carries the revision of the deletion, higher than the Job's last MODIFIED; no other
// line of the trace carries that resourceVersion.
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
const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: t}\nspec:\n  duration: 2m\n  timeline:\n  - {at: 1m, delete: {kind: Job, name: j}}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    metadata: {annotations: {jobsim/duration: 20s}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: "trace/deleted-job-rv-advances",
  source: "apiserver storage/etcd3/watcher.go prepareObjs/transform: \"this sends the *old* object with the etcd revision for the time at which it gets deleted ... Users (e.g. cacher) need to have larger than previous rev to tell the ordering\"; registry/store.go Delete (errDeleteNow -> Storage.Delete)",
  scenario,
  check(r, h) {
    const { r: res, lines } = traced(scenario);
    const jl = objs(lines, 'Job', 'j');
    const del = jl[jl.length - 1];
    h.eq(del.op, 'DELETED', 'last Job line');
    h.eq(del.t, '2026-01-01T00:01:00Z', 'deleted at 1m');
    const before = jl[jl.length - 2];
    h.assert(rvOf(del) > rvOf(before), `DELETED resourceVersion ${rvOf(del)} must be higher than the last MODIFIED's ${rvOf(before)}`);
    const same = lines.filter((l) => l.type === 'object' && l !== del && rvOf(l) === rvOf(del));
    h.eq(same.map((l) => `${l.op} ${l.kind} ${l.name}`), [], 'other lines with the DELETED resourceVersion');
    h.eq(res.items.find((o) => o.kind === 'Job').metadata.resourceVersion, del.object.metadata.resourceVersion, 'item resourceVersion = DELETED line');
  },
};
