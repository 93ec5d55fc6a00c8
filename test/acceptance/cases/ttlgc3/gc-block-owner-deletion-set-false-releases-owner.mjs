// Job b (held by its own finalizer example.com/keep) is a blocking dependent (blockOwnerDeletion true) of Job a. a
// completes at 11s and the TTL controller deletes it in the foreground; b is deleted in the foreground too (it has a
// pod), loses foregroundDeletion once its pod is gone but stays (its own finalizer), so it keeps blocking a. A metadata
// patch at 60s sets b's reference to a to blockOwnerDeletion: false: the graph builder sees a changed reference that was
// blocking and is not any more (addUnblockedOwnersToDeleteQueue) and queues a; processDeletingDependentsItem finds no
// blocking dependent, removes foregroundDeletion, and a is gone at 60s.
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
  timeline:
  - {at: 60s, patch: {kind: Job, name: b, metadata: {ownerReferences: [{apiVersion: batch/v1, kind: Job, name: a, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87, blockOwnerDeletion: false}]}}}
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
  name: b
  finalizers: [example.com/keep]
  ownerReferences: [{apiVersion: batch/v1, kind: Job, name: a, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87, blockOwnerDeletion: true}]
spec:
  template:
    metadata: {annotations: {jobsim/duration: 5m}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'ttlgc3/gc-block-owner-deletion-set-false-releases-owner',
  source: 'pkg/controller/garbagecollector/graph_builder.go processGraphChanges (referencesDiffs changed) -> addUnblockedOwnersToDeleteQueue ("if an blocking ownerReference points to an object gets removed, or gets set to BlockOwnerDeletion=false, add the object to the attemptToDelete queue"); garbagecollector.go attemptToDeleteItem -> processDeletingDependentsItem (no blockingDependents -> removeFinalizer foregroundDeletion); graph.go blockingDependents',
  scenario,
  check(r, h) {
    const a = h.job('a');
    h.eq([h.sec(a.metadata.deletionTimestamp), a.metadata.generation], [11, 2], 'a: TTL foreground delete at 11s');
    const b = h.job('b');
    h.eq([h.sec(b.metadata.deletionTimestamp), b.metadata.finalizers, b.metadata.ownerReferences[0].blockOwnerDeletion], [11, ['example.com/keep'], false], 'b held by its own finalizer, reference no longer blocking');
    const ev = trace(scenario);
    const aDel = ev.find((e) => e.kind === 'Job' && e.name === 'a' && e.op === 'DELETED');
    h.eq(aDel ? aDel.t : null, '2026-01-01T00:01:00Z', 'a removed when its only blocking dependent stops blocking (60s)');
    h.eq(a.metadata.finalizers, undefined, 'a last state without foregroundDeletion');
  },
};
