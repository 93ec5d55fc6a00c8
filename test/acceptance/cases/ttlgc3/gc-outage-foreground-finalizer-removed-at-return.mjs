// Job f carries foregroundDeletion and gets a dangling owner at 30s: the garbage collector deletes it in the foreground
// and deletes its pod (grace 30; SIGTERM ignored). The whole kube-controller-manager is down from 40s to 2m: the pod is
// SIGKILLed at 60s and removed (its tracking finalizer went at 30s), but no garbage collector is running to take
// foregroundDeletion off f. The restarted collector rebuilds its graph, sees f waiting for dependents it no longer has,
// and removes the finalizer: f is gone at 2m.
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
  - {at: 40s, controllerDown: all, for: 80s}
  timeline:
  - {at: 30s, patch: {kind: Job, name: f, metadata: {ownerReferences: [{apiVersion: v1, kind: ConfigMap, name: gone, uid: 6f1c2d3e-0000-4000-8000-000000000001}]}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: f, finalizers: [foregroundDeletion]}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h, jobsim/on-sigterm: ignore}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'ttlgc3/gc-outage-foreground-finalizer-removed-at-return',
  source: 'garbagecollector.go attemptToDeleteItem (dangling; hasDeleteDependentsFinalizer -> Foreground), processDeletingDependentsItem (no blockingDependents -> removeFinalizer); graph_builder.go processGraphChanges on the restart relist (new node deletingDependents, processTransitions with oldObj nil -> startsWaitingForDependentsDeleted -> attemptToDelete); CONTRACT controllerDown all',
  scenario,
  check(r, h) {
    const f = h.job('f');
    h.eq([h.sec(f.metadata.deletionTimestamp), f.metadata.generation], [30, 2], 'f foreground-deleted at 30s');
    const [p] = h.podsOf('f');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, h.sec(t.finishedAt)], [137, 60], 'pod SIGKILLed at 60s, during the outage');
    const ev = trace(scenario);
    h.eq(ev.filter((e) => e.op === 'DELETED' && e.kind !== 'Node').map((e) => `${e.t.slice(11, 19)} ${e.kind}`), ['00:01:00 Pod', '00:02:00 Job'], 'pod removed at 60s, f only when the collector is back');
  },
};
