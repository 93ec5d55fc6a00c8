// The garbage collector deletes a Succeeded pod of a TTL-deleted Job: the pod strategy turns the
// deletion into a graceful one with period 0, so the API server first writes the pod (MODIFIED:
// deletionTimestamp = now, deletionGracePeriodSeconds 0, generation 2), then removes it (DELETED, a later rv).
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
const scenario = "---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  ttlSecondsAfterFinished: 30\n  template:\n    metadata: {annotations: {jobsim/duration: 20s}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: "trace/terminal-pod-delete-modified-then-deleted",
  source: "registry/core/pod/strategy.go CheckGracefulDelete (terminal pod: period 0, returns true); apiserver rest/delete.go BeforeDelete (graceful=true, timestamp now+0, generation+1); registry/store.go updateForGracefulDeletionAndFinalizers (GuaranteedUpdate writes, lastGraceful 0 -> deleteImmediately) then Storage.Delete",
  scenario,
  check(r, h) {
    const { lines } = traced(scenario);
    const pl = objs(lines, 'Pod').filter((l) => l.t === '2026-01-01T00:00:51Z');
    h.eq(pl.map((l) => l.op), ['MODIFIED', 'DELETED'], 'pod lines when the TTL deletion cascades (21s + 30s)');
    const m = pl[0].object.metadata;
    h.eq([m.deletionTimestamp, m.deletionGracePeriodSeconds, m.generation], ['2026-01-01T00:00:51Z', 0, 2], 'MODIFIED: deletionTimestamp, grace 0, generation');
    h.assert(rvOf(pl[1]) > rvOf(pl[0]), 'DELETED after the MODIFIED write');
  },
};
