// Job x carries the orphan finalizer, but its only owner (Job a, TTL) is deleting in the foreground and x has
// dependents: attemptToDeleteItem's second case wins over the finalizer (Foreground), and the API server's
// deletionFinalizersForGarbageCollection swaps orphan for foregroundDeletion: x's pod is deleted (143 at 11s),
// not orphaned.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
function trace(scenario, args = []) {
  const dir = mkdtempSync(join(tmpdir(), 'newfeat-'));
  writeFileSync(join(dir, 's.yaml'), scenario);
  const r = spawnSync('node_modules/.bin/jobsim', ['run', join(dir, 's.yaml'), '-o', 'summary', '--trace', join(dir, 't.jsonl'), ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`jobsim --trace exited ${r.status}: ${r.stderr}`);
  return readFileSync(join(dir, 't.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
    .filter((e) => e.type === 'object').map((e) => ({ t: e.t, op: e.op, kind: e.kind ?? e.object?.kind, name: e.name ?? e.object?.metadata?.name, obj: e.object }));
}
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 10m
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  ttlSecondsAfterFinished: 0
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata:
  name: x
  finalizers: [orphan]
  ownerReferences:
  - {apiVersion: batch/v1, kind: Job, name: a, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87, blockOwnerDeletion: true}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 5m}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'newfeat/nf19-gc-dependent-orphan-finalizer-overridden-by-waiting-owner',
  source: 'garbagecollector.go attemptToDeleteItem (waitingForDependentsDeletion && dependentsLength != 0 before the default branch that honours hasOrphanFinalizer); apiserver registry/generic/registry/store.go deletionFinalizersForGarbageCollection',
  scenario,
  check(r, h) {
    h.eq(h.job('a').metadata.uid, '0a4f9774-99a1-4640-8a82-5b7c27d7da87', 'seeded uid (precondition)');
    const p = h.podsOf('x')[0];
    h.eq([h.sec(p.metadata.deletionTimestamp), p.status.containerStatuses[0].state.terminated.exitCode, h.sec(p.status.containerStatuses[0].state.terminated.finishedAt)], [41, 143, 11], 'the pod is deleted, not orphaned');
    const tr = trace(scenario);
    const xf = tr.filter((e) => e.kind === 'Job' && e.name === 'x' && e.obj?.metadata?.deletionTimestamp).map((e) => e.obj.metadata.finalizers ?? []);
    h.eq(xf[0], ['foregroundDeletion'], 'x marked with foregroundDeletion, orphan removed');
    h.eq(tr.filter((e) => e.kind === 'Job' && e.op === 'DELETED').map((e) => [e.name, h.sec(e.t)]), [['x', 11], ['a', 11]], 'x, then a');
  },
};
