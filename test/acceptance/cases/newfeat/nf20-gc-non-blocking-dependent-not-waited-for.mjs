// Job b's reference to Job a has no blockOwnerDeletion: a, deleted in the foreground by the TTL controller at 11s,
// does not wait for b (processDeletingDependentsItem: no blockingDependents -> remove foregroundDeletion), although
// b's pod takes 30s to die (SIGTERM ignored). b itself is garbage collected.
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
  ownerReferences: [{apiVersion: batch/v1, kind: Job, name: a, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87}]
spec:
  template:
    metadata: {annotations: {jobsim/duration: 5m, jobsim/on-sigterm: ignore}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'newfeat/nf20-gc-non-blocking-dependent-not-waited-for',
  source: 'garbagecollector.go processDeletingDependentsItem (item.blockingDependents(): only references with BlockOwnerDeletion=true)',
  scenario,
  check(r, h) {
    h.eq(h.job('a').metadata.uid, '0a4f9774-99a1-4640-8a82-5b7c27d7da87', 'seeded uid (precondition)');
    const tr = trace(scenario);
    h.eq(tr.filter((e) => e.kind === 'Job' && e.name === 'a' && e.op === 'DELETED').map((e) => h.sec(e.t)), [11], 'a does not wait for b');
    h.eq(h.sec(h.job('b').metadata.deletionTimestamp), 11, 'b collected');
    h.eq(h.podsOf('b')[0].status.containerStatuses[0].state.terminated.exitCode, 137, 'b pod SIGKILLed at the end of its grace');
  },
};
