// A running pod deleted gracefully (kubectl delete job, background): its last watch event, DELETED after the
// kubelet's final grace-0 DELETE, carries a resourceVersion higher than every earlier line of that pod.
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
const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: t}\nspec:\n  duration: 5m\n  timeline:\n  - {at: 30s, delete: {kind: Job, name: j}}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    metadata: {annotations: {jobsim/duration: 1h}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: "trace/deleted-pod-graceful-rv-advances",
  source: "apiserver storage/etcd3/watcher.go (DELETED carries the deletion revision); registry/store.go Delete -> updateForGracefulDeletionAndFinalizers then Storage.Delete",
  scenario,
  check(r, h) {
    const { lines } = traced(scenario);
    const pl = objs(lines, 'Pod');
    const del = pl[pl.length - 1];
    h.eq(del.op, 'DELETED', 'last pod line');
    for (const l of pl.slice(0, -1)) h.assert(rvOf(del) > rvOf(l), `DELETED rv ${rvOf(del)} not above the ${l.op} at ${l.t} (rv ${rvOf(l)})`);
  },
};
