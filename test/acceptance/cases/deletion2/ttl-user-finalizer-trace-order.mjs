// The writes of a foreground TTL deletion, from the trace: at 31s the Job is MODIFIED with deletionTimestamp, generation 2
// and finalizers [example.com/keep, foregroundDeletion]; the pod is MODIFIED by its grace-0 graceful deletion (deletionTimestamp, generation 2), then DELETED (it is Succeeded); then the garbage
// collector's patch leaves finalizers [example.com/keep]. When a timeline patch removes the last finalizer (2m), the Job
// is DELETED (no MODIFIED first: an update that empties the finalizers of an object being deleted removes it).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 5m
  timeline:
  - {at: 2m, patch: {kind: Job, name: j, metadata: {finalizers: null}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j, finalizers: [example.com/keep]}
spec:
  ttlSecondsAfterFinished: 20
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'deletion2/ttl-user-finalizer-trace-order',
  source: 'registry store.go Delete/updateForGracefulDeletionAndFinalizers (markAsDeleting, foregroundDeletion appended); garbagecollector processDeletingDependentsItem (attemptToDelete blocking dependents, then removeFinalizer); store.go Update (deleteObj when finalizers empty and DeletionGracePeriodSeconds 0)',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'd2-'));
    const file = join(dir, 's.yaml');
    const trace = join(dir, 't.jsonl');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '-o', 'summary', '--trace', trace], { encoding: 'utf8' });
    h.eq(out.status, 0, 'exit status');
    const rows = readFileSync(trace, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
      .filter((x) => x.type === 'object' && x.kind !== 'Node' && x.t >= '2026-01-01T00:00:31Z')
      .map((x) => [h.sec(x.t), x.op, x.kind, x.object.metadata.finalizers ?? null, x.object.metadata.generation]);
    h.eq(rows, [
      [31, 'MODIFIED', 'Job', ['example.com/keep', 'foregroundDeletion'], 2],
      [31, 'MODIFIED', 'Pod', null, 2],
      [31, 'DELETED', 'Pod', null, 2],
      [31, 'MODIFIED', 'Job', ['example.com/keep'], 2],
      [120, 'DELETED', 'Job', null, 2],
    ], 'object changes from 31s');
    const j = h.job('j');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.finalizers], [31, undefined], 'last state');
  },
};
