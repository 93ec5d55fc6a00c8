// Job o carries the GC's "orphan" finalizer and gets a dangling owner at 30s, while the Job controller is down
// (20s-2m): the garbage collector orphans its running pod (ownerReference removed) and the Job goes at 30s. Nobody
// removes the pod's batch.kubernetes.io/job-tracking finalizer meanwhile; the pod succeeds at 60s. When the Job controller
// is back (2m), its pod informer lists the pod: addPod finds no ControllerRef ("Otherwise, it's an orphan. Clean the
// finalizer.") and enqueues it in the orphan queue; syncOrphanPod removes the finalizer at 2m. It must not keep it
// forever (it used to).
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
  - {at: 20s, controllerDown: job, for: 100s}
  timeline:
  - {at: 30s, patch: {kind: Job, name: o, metadata: {ownerReferences: [{apiVersion: v1, kind: ConfigMap, name: gone, uid: 6f1c2d3e-0000-4000-8000-000000000001}]}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: o, finalizers: [orphan]}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1m}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'ttlgc3/orphaned-pod-finalizer-removed-at-job-controller-return',
  source: 'pkg/controller/job/job_controller.go addPod (no ControllerRef: "Otherwise, it\'s an orphan. Clean the finalizer." -> enqueueOrphanPod), syncOrphanPod/handleSingleOrphanPod (no ControllerRef -> removeTrackingFinalizerPatch); garbagecollector.go attemptToDeleteItem (hasOrphanFinalizer -> Orphan), orphanDependents',
  scenario,
  check(r, h) {
    const o = h.job('o');
    h.eq([h.sec(o.metadata.deletionTimestamp), o.metadata.finalizers], [30, undefined], 'o orphan-deleted at 30s');
    const [p] = h.of('Pod');
    h.eq([p.metadata.ownerReferences ?? [], p.metadata.deletionTimestamp, p.status.phase], [[], undefined, 'Succeeded'], 'the pod was orphaned and ran to its end');
    h.eq(p.metadata.finalizers, undefined, 'tracking finalizer removed');
    const ev = trace(scenario);
    const rm = ev.find((e) => e.kind === 'Pod' && e.op === 'MODIFIED' && e.object.metadata.finalizers === undefined);
    h.eq(rm ? rm.t : null, '2026-01-01T00:02:00Z', 'removed when the Job controller is back');
  },
};
