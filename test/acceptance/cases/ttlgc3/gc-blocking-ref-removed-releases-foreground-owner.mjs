// Control for bug-gc-block-owner-deletion-set-false-releases-owner: Job a (TTL 0) is held in foreground deletion from
// 11s by Job b, its blocking dependent, which its own finalizer keeps. A metadata patch at 60s removes b's
// ownerReferences altogether: the removed reference was blocking, so a is queued, has no blocking dependent left, loses
// foregroundDeletion and is gone at 60s. b stays (its own finalizer), no longer anyone's dependent.
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
  - {at: 60s, patch: {kind: Job, name: b, metadata: {ownerReferences: null}}}
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
  id: 'ttlgc3/gc-blocking-ref-removed-releases-foreground-owner',
  source: 'pkg/controller/garbagecollector/graph_builder.go processGraphChanges (referencesDiffs removed) -> addUnblockedOwnersToDeleteQueue, removeDependentFromOwners; garbagecollector.go processDeletingDependentsItem (no blockingDependents -> removeFinalizer); attemptToDeleteItem (owner waiting && dependents -> Foreground for b)',
  scenario,
  check(r, h) {
    const ev = trace(scenario);
    const first = (kind, name, pred) => { const e = ev.find((x) => x.kind === kind && x.name === name && pred(x)); return e ? e.t.slice(11, 19) : null; };
    h.eq(first('Job', 'a', (e) => e.object.metadata.deletionTimestamp !== undefined), '00:00:11', 'a deleted by its TTL at 11s');
    h.eq(first('Job', 'b', (e) => JSON.stringify(e.object.metadata.finalizers) === '["example.com/keep","foregroundDeletion"]'), '00:00:11', 'b deleted in the foreground at 11s');
    h.eq(first('Job', 'b', (e) => e.object.metadata.deletionTimestamp !== undefined && JSON.stringify(e.object.metadata.finalizers) === '["example.com/keep"]'), '00:00:11', 'b loses foregroundDeletion once its pod is gone');
    h.eq(first('Job', 'a', (e) => e.op === 'DELETED'), '00:01:00', 'a gone when the blocking reference is removed');
    const b = h.job('b');
    h.eq([h.sec(b.metadata.deletionTimestamp), b.metadata.finalizers, b.metadata.ownerReferences], [11, ['example.com/keep'], undefined], 'b stays, held, without owner');
  },
};
