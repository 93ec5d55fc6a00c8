// Job b's only owner is Job a (blockOwnerDeletion). a completes (11s) and the TTL controller deletes it in the
// foreground. attemptToDeleteItem(b): its owner is waiting for its dependents and b has dependents (its pod), so b
// is deleted in the foreground too; b's pod (owner b waiting, no dependents) in the background. The pod ignores
// SIGTERM: SIGKILL at 41s; then b loses its foregroundDeletion finalizer and goes, and then a (blocked by b).
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
  name: b
  ownerReferences: [{apiVersion: batch/v1, kind: Job, name: a, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87, blockOwnerDeletion: true}]
spec:
  template:
    metadata: {annotations: {jobsim/duration: 5m, jobsim/on-sigterm: ignore}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'newfeat/nf17-gc-job-owned-by-ttl-job-foreground-chain',
  source: 'pkg/controller/garbagecollector/garbagecollector.go attemptToDeleteItem (case waitingForDependentsDeletion && dependentsLength != 0 -> DeletePropagationForeground; default -> Background), processDeletingDependentsItem (blockingDependents)',
  scenario,
  check(r, h) {
    h.eq(h.job('a').metadata.uid, '0a4f9774-99a1-4640-8a82-5b7c27d7da87', 'seeded uid (precondition)');
    const tr = trace(scenario);
    const fin = (kind, name) => tr.filter((e) => e.kind === kind && e.name === name && e.obj?.metadata?.finalizers?.includes('foregroundDeletion')).map((e) => h.sec(e.t));
    const del = (kind, name) => tr.filter((e) => e.kind === kind && e.name === name && e.op === 'DELETED').map((e) => h.sec(e.t));
    h.eq(fin('Job', 'b')[0], 11, 'b deleted in the foreground at 11s');
    h.eq(h.sec(h.job('b').metadata.deletionTimestamp), 11, 'b deletionTimestamp');
    h.eq(del('Job', 'b'), [41], 'b goes once its pod is gone');
    h.eq(del('Job', 'a'), [41], 'a waits for b');
    const p = h.podsOf('b')[0];
    h.eq([p.status.containerStatuses[0].state.terminated.exitCode, h.sec(p.metadata.deletionTimestamp)], [137, 41], 'b pod SIGKILLed');
  },
};
