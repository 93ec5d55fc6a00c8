// Job j's owner is Node node-1, and its pod runs on node-1. deleteNode node-1 at 30s removes the machine and the Node:
// the garbage collector deletes j (background) and then its pod (grace 30), but no kubelet is left to stop it. The pod
// GC's 40s pass quarantines node-1, the 80s pass marks the pod Failed with DisruptionTarget DeletionByPodGC and
// force-deletes it. The Job controller, finding the pod's Job gone, has removed its tracking finalizer at 30s.
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
  - {at: 30s, deleteNode: node-1}
---
apiVersion: batch/v1
kind: Job
metadata:
  name: j
  ownerReferences: [{apiVersion: v1, kind: Node, name: node-1, uid: b85b5d26-cc32-442c-b440-adb92aff68e1}]
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      nodeSelector: {kubernetes.io/hostname: node-1}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'ttlgc3/gc-node-owner-pod-on-same-node-podgc',
  source: 'garbagecollector.go attemptToDeleteItem (cluster-scoped owner gone -> Background); job_controller.go deletePod/enqueueOrphanPod -> syncOrphanPod (tracking finalizer removed); podgc gc_controller.go gcOrphaned (nodeQueue quarantine 40s), markFailedAndDeletePodWithCondition (DisruptionTarget DeletionByPodGC)',
  scenario,
  check(r, h) {
    h.eq(h.sec(h.job('j').metadata.deletionTimestamp), 30, 'j collected at 30s');
    const [p] = h.podsOf('j');
    const dt = (p.status.conditions ?? []).find((c) => c.type === 'DisruptionTarget');
    h.eq([p.status.phase, dt && dt.reason, h.sec(dt && dt.lastTransitionTime), p.metadata.finalizers], ['Failed', 'DeletionByPodGC', 80, undefined], 'pod failed by the pod GC at 80s');
    const ev = trace(scenario);
    h.eq(ev.find((e) => e.kind === 'Pod' && e.object.metadata.finalizers === undefined && e.op === 'MODIFIED')?.t.slice(11, 19), '00:00:30', 'tracking finalizer removed at 30s');
    h.eq(ev.filter((e) => e.op === 'DELETED' && e.kind !== 'Node').map((e) => `${e.t.slice(11, 19)} ${e.kind}`), ['00:00:30 Job', '00:01:20 Pod'], 'Job at 30s, pod force-deleted at 80s');
  },
};
