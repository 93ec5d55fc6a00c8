// Job f carries foregroundDeletion; its pod runs on node-1, which stops answering at 10s. A patch gives f a dangling
// owner at 30s: the garbage collector deletes f honouring its finalizer (Foreground: deletionTimestamp 30s, generation
// 2) and deletes the pod (grace 30), but no kubelet confirms it, so f waits. node-1's Node is deleted at 50s; the pod
// GC's pass at 60s quarantines it, the 100s pass marks the pod Failed (DisruptionTarget DeletionByPodGC) and
// force-deletes it; f, no longer blocked, is gone at 100s.
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
  faults:
  - {at: 10s, nodeDown: node-1}
  - {at: 50s, deleteNode: node-1}
  timeline:
  - {at: 30s, patch: {kind: Job, name: f, metadata: {ownerReferences: [{apiVersion: v1, kind: ConfigMap, name: gone, uid: 6f1c2d3e-0000-4000-8000-000000000001}]}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: f, finalizers: [foregroundDeletion]}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      nodeSelector: {kubernetes.io/hostname: node-1}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'ttlgc3/gc-foreground-held-by-pod-on-deleted-node-podgc-releases',
  source: 'garbagecollector.go attemptToDeleteItem (dangling owner; hasDeleteDependentsFinalizer -> Foreground), processDeletingDependentsItem (blockingDependents); podgc gc_controller.go gcOrphaned (quarantine 40s) -> markFailedAndDeletePodWithCondition (DisruptionTarget DeletionByPodGC "PodGC: node no longer exists", Delete grace 0)',
  scenario,
  check(r, h) {
    const f = h.job('f');
    h.eq([h.sec(f.metadata.deletionTimestamp), f.metadata.generation, f.metadata.finalizers], [30, 2, undefined], 'f foreground-deleted at 30s, finished');
    const [p] = h.podsOf('f');
    const dt = (p.status.conditions ?? []).find((c) => c.type === 'DisruptionTarget');
    h.eq([p.status.phase, dt && dt.reason, dt && dt.message], ['Failed', 'DeletionByPodGC', 'PodGC: node no longer exists'], 'pod failed by the pod GC');
    const ev = trace(scenario);
    h.eq(ev.filter((e) => e.op === 'DELETED' && e.kind !== 'Node').map((e) => `${e.t.slice(11, 19)} ${e.kind}/${e.name}`), [`00:01:40 Pod/${p.metadata.name}`, '00:01:40 Job/f'], 'pod force-deleted at 100s, then f');
  },
};
