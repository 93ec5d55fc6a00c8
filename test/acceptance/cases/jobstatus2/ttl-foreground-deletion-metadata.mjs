import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

// every object change of KIND/NAME in the --trace stream: { s: seconds since start, op, o: object }
function writes(scenario, kind, name, args = []) {
  const dir = mkdtempSync(join(tmpdir(), 'jobstatus2-'));
  const f = join(dir, 's.yaml'), t = join(dir, 't.jsonl');
  writeFileSync(f, scenario);
  const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary', '--trace', t, ...args], { encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`--trace run: exit ${p.status}: ${p.stderr.slice(0, 200)}`);
  const lines = readFileSync(t, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
  const start = Date.parse(lines[0].t);
  return lines.filter((l) => l.type === 'object' && l.kind === kind && l.name === name).map((l) => ({ s: (Date.parse(l.t) - start) / 1000, op: l.op, o: l.object }));
}

// TTL controller deletes with Foreground propagation: the Job is first updated with deletionTimestamp = now,
// deletionGracePeriodSeconds 0, the foregroundDeletion finalizer and generation+1 (markAsDeleting), then removed
// once the garbage collector drops the finalizer (the DELETED state has no finalizers).
const scenario = `apiVersion: batch/v1
kind: Job
metadata: {name: t}
spec:
  ttlSecondsAfterFinished: 5
  template:
    spec:
      containers: [{name: c, image: "busybox:1.36"}]
      restartPolicy: Never
`;
export default {
  id: 'jobstatus2/ttl-foreground-deletion-metadata',
  source: 'pkg/controller/ttlafterfinished (DeletePropagationForeground); apiserver registry/generic/registry/store.go markAsDeleting (generation+1, deletionGracePeriodSeconds 0), deletionFinalizersForGarbageCollection',
  scenario,
  check(r, h) {
    const ws = writes(scenario, 'Job', 't');
    const del = ws.filter((w) => w.o.metadata.deletionTimestamp);
    h.eq(del.map((w) => [w.s, w.op, w.o.metadata.deletionTimestamp, w.o.metadata.deletionGracePeriodSeconds, w.o.metadata.generation, w.o.metadata.finalizers ?? null]),
      [[16, 'MODIFIED', '2026-01-01T00:00:16Z', 0, 2, ['foregroundDeletion']], [16, 'DELETED', '2026-01-01T00:00:16Z', 0, 2, null]], 'deletion writes');
    const j = h.job('t');
    h.eq([j.metadata.deletionTimestamp, j.metadata.generation], ['2026-01-01T00:00:16Z', 2], 'last state');
  },
};
