// Job w's owner is the pod of Job d (ownerReference kind Pod, blockOwnerDeletion true; the pod's uid is seeded). d
// completes at 21s and the TTL controller deletes it in the foreground. attemptToDeleteItem(pod): its owner waits for its
// dependents and the pod has a dependent of its own (w), so the pod is deleted with DeletePropagationForeground: the API
// server keeps it (pending finalizer foregroundDeletion, deletionTimestamp 21s, grace 0) although it is Succeeded. w is
// then deleted in the foreground too (owner waiting, w has a pod): generation 2, [foregroundDeletion]; w's pod ignores
// SIGTERM and is killed at 51s. Only then do w, the driver pod and d go, in that order, at 51s.
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
  - at: 5s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: w
        ownerReferences: [{apiVersion: v1, kind: Pod, name: d-bn7wn, uid: 0aeb3b36-36cc-4eae-97b8-11ea75f9b4af, blockOwnerDeletion: true}]
      spec:
        template:
          metadata: {annotations: {jobsim/duration: 5m, jobsim/on-sigterm: ignore}}
          spec:
            containers: [{name: c, image: busybox}]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: d}
spec:
  ttlSecondsAfterFinished: 0
  template:
    metadata: {annotations: {jobsim/duration: 20s}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'ttlgc3/gc-pod-owner-foreground-waits-for-dependent-job',
  source: 'pkg/controller/garbagecollector/garbagecollector.go attemptToDeleteItem (case len(waitingForDependentsDeletion) != 0 && item.dependentsLength() != 0 -> DeletePropagationForeground, for any kind, a Pod included), processDeletingDependentsItem; apiserver registry/generic/registry/store.go deletionFinalizersForGarbageCollection + updateForGracefulDeletionAndFinalizers ("If there are pending finalizers, we never delete the object immediately"); ttlafterfinished_controller.go processJob (Foreground)',
  scenario,
  check(r, h) {
    const pod = h.get('Pod', 'd-bn7wn');
    h.eq(pod.metadata.uid, '0aeb3b36-36cc-4eae-97b8-11ea75f9b4af', 'seeded uid of the driver pod (scenario premise)');
    const ev = trace(scenario);
    const at = (kind, name, pred) => { const e = ev.find((x) => x.kind === kind && x.name === name && pred(x)); return e ? e.t.slice(11, 19) : null; };
    h.eq(at('Pod', 'd-bn7wn', (e) => (e.object.metadata.finalizers ?? []).includes('foregroundDeletion')), '00:00:21', 'driver pod deleted in the foreground at 21s');
    h.eq(at('Job', 'w', (e) => (e.object.metadata.finalizers ?? []).includes('foregroundDeletion') && e.object.metadata.generation === 2), '00:00:21', 'w deleted in the foreground at 21s');
    const dels = ev.filter((e) => e.op === 'DELETED' && ['w', 'd-bn7wn', 'd'].includes(e.name)).map((e) => `${e.t.slice(11, 19)} ${e.kind}/${e.name}`);
    h.eq(dels, ['00:00:51 Job/w', '00:00:51 Pod/d-bn7wn', '00:00:51 Job/d'], 'w, then the driver pod, then d, once w\'s pod is gone');
  },
};
