// Job x has two owners: Job a (deleted in the foreground by the TTL controller at 11s) and CronJob cj (alive).
// attemptToDeleteItem(x): one solid owner, so x is not deleted; the reference to a (waiting for its dependents)
// is patched away so a is not stuck. x runs on and completes with cj as its only owner.
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
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "0 5 * * *"
  jobTemplate:
    spec:
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
  - {apiVersion: batch/v1, kind: CronJob, name: cj, uid: 0aeb3b36-36cc-4eae-97b8-11ea75f9b4af}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1m}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'newfeat/nf18-gc-two-owners-one-foreground',
  source: 'pkg/controller/garbagecollector/garbagecollector.go attemptToDeleteItem (case len(solid) != 0: patch away dangling and waitingForDependentsDeletion references)',
  scenario,
  check(r, h) {
    h.eq([h.job('a').metadata.uid, h.cronjob('cj').metadata.uid], ['0a4f9774-99a1-4640-8a82-5b7c27d7da87', '0aeb3b36-36cc-4eae-97b8-11ea75f9b4af'], 'seeded uids (precondition)');
    const x = h.job('x');
    h.eq(x.metadata.deletionTimestamp, undefined, 'x not deleted');
    h.eq(x.metadata.ownerReferences, [{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'cj', uid: '0aeb3b36-36cc-4eae-97b8-11ea75f9b4af' }], 'only the solid owner left');
    h.eq(h.sec(h.cond(x, 'Complete').lastTransitionTime), 61, 'x completes');
    const tr = trace(scenario);
    h.eq(tr.filter((e) => e.kind === 'Job' && e.name === 'a' && e.op === 'DELETED').map((e) => h.sec(e.t)), [11], 'a goes at once');
  },
};
