// Job x references Job a (deleted in the foreground by TTL at 11s) and an owner uid that never existed
// (dangling): no solid owner, one waiting, x has dependents -> x deleted in the foreground (its pod first).
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
  name: x
  ownerReferences:
  - {apiVersion: batch/v1, kind: Job, name: a, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87, blockOwnerDeletion: true}
  - {apiVersion: batch/v1, kind: CronJob, name: ghost, uid: 11111111-2222-4333-8444-555555555555}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 5m, jobsim/on-sigterm: 7s}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'newfeat/nf21-gc-dangling-and-waiting-foreground',
  source: 'garbagecollector.go classifyReferences (dangling, waitingForDependentsDeletion), attemptToDeleteItem',
  scenario,
  check(r, h) {
    h.eq(h.job('a').metadata.uid, '0a4f9774-99a1-4640-8a82-5b7c27d7da87', 'seeded uid (precondition)');
    const x = h.job('x');
    h.eq(h.sec(x.metadata.deletionTimestamp), 11, 'x deleted');
    const tr = trace(scenario);
    const marked = tr.find((e) => e.kind === 'Job' && e.name === 'x' && e.obj?.metadata?.deletionTimestamp);
    h.eq(marked.obj.metadata.finalizers, ['foregroundDeletion'], 'in the foreground');
    h.eq(tr.filter((e) => e.kind === 'Job' && e.op === 'DELETED').map((e) => [e.name, h.sec(e.t)]), [['x', 18], ['a', 18]], 'x after its pod (7s shutdown), then a');
  },
};
