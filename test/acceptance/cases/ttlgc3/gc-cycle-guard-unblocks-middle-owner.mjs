// Job a (TTL 0, pod of 30s) owns Job b (blocking, 1h pod), which owns Job c (blocking, TTL 0, its pod held by a user
// finalizer). c completes at 11s and stays in foreground deletion, held by its pod. a completes at 31s and is deleted in
// the foreground. attemptToDeleteItem(b): an owner waits for its dependents, b has dependents, and one of them (c) is
// itself deleting its dependents: to prevent a potential cycle the GC first patches b's owner references to
// blockOwnerDeletion: false, then deletes b in the foreground. b no longer blocks a: a is gone at 31s, while b waits
// for c (which waits for its held pod) to the end.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
function trace(scenario) {
  const dir = mkdtempSync(join(tmpdir(), 'ttlgc3-'));
  writeFileSync(join(dir, 's.yaml'), scenario);
  const r = spawnSync('node_modules/.bin/jobsim', ['run', join(dir, 's.yaml'), '-o', 'summary', '--trace', join(dir, 't.jsonl')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`jobsim --trace exited ${r.status}: ${r.stderr}`);
  return readFileSync(join(dir, 't.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((e) => e.type === 'object');
}
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 3m
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  ttlSecondsAfterFinished: 0
  template:
    metadata: {annotations: {jobsim/duration: 30s}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata:
  name: b
  ownerReferences: [{apiVersion: batch/v1, kind: Job, name: a, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87, blockOwnerDeletion: true}]
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata:
  name: c
  ownerReferences: [{apiVersion: batch/v1, kind: Job, name: b, uid: 0aeb3b36-36cc-4eae-97b8-11ea75f9b4af, blockOwnerDeletion: true}]
spec:
  ttlSecondsAfterFinished: 0
  template:
    metadata: {finalizers: [example.com/hold]}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'ttlgc3/gc-cycle-guard-unblocks-middle-owner',
  source: 'pkg/controller/garbagecollector/garbagecollector.go attemptToDeleteItem (case waitingForDependentsDeletion && dependentsLength != 0: "if dep.isDeletingDependents() ... to prevent potential cycle, its ownerReferences are going to be modified to be non-blocking, then the item is going to be deleted with Foreground" -> unblockOwnerReferencesStrategicMergePatch); patch.go unblockOwnerReferencesStrategicMergePatch (BlockOwnerDeletion=false); graph_builder.go addUnblockedOwnersToDeleteQueue; processDeletingDependentsItem',
  scenario,
  check(r, h) {
    h.eq([h.job('a').metadata.uid, h.job('b').metadata.uid], ['0a4f9774-99a1-4640-8a82-5b7c27d7da87', '0aeb3b36-36cc-4eae-97b8-11ea75f9b4af'], 'seeded uids (scenario premise)');
    const c = h.job('c');
    h.eq([h.sec(c.metadata.deletionTimestamp), c.metadata.finalizers], [11, ['foregroundDeletion']], 'c held in foreground deletion since 11s');
    const b = h.job('b');
    h.eq([h.sec(b.metadata.deletionTimestamp), b.metadata.finalizers], [31, ['foregroundDeletion']], 'b deleted in the foreground at 31s, waiting for c');
    h.eq(b.metadata.ownerReferences.map((o) => [o.name, o.blockOwnerDeletion]), [['a', false]], 'b\'s reference to a unblocked by the GC');
    const ev = trace(scenario);
    const aDel = ev.find((e) => e.kind === 'Job' && e.name === 'a' && e.op === 'DELETED');
    h.eq(aDel ? aDel.t : null, '2026-01-01T00:00:31Z', 'a gone at 31s');
  },
};
