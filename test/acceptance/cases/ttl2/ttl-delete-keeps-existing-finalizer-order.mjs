// A Job created with finalizers [foregroundDeletion, example.com/keep] and ttlSecondsAfterFinished 5. The TTL controller's
// DELETE (Foreground) at 16s: deletionFinalizersForGarbageCollection builds [example.com/keep, foregroundDeletion], but the
// set equals the object's own, so it returns (false, accessor.GetFinalizers()) and the finalizers are left untouched, in
// their order: the write that marks the Job (deletionTimestamp 16s, generation 2) carries [foregroundDeletion,
// example.com/keep]. Once the pod is gone the GC removes foregroundDeletion: [example.com/keep] remains.
import { spawnSync } from 'node:child_process';
import { writeFileSync, readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 2m
---
apiVersion: batch/v1
kind: Job
metadata: {name: fg, finalizers: [foregroundDeletion, example.com/keep]}
spec:
  ttlSecondsAfterFinished: 5
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'ttl2/ttl-delete-keeps-existing-finalizer-order',
  source: 'apiserver registry/generic/registry/store.go deletionFinalizersForGarbageCollection (oldFinalizerSet.Equal(newFinalizersSet) -> return false, accessor.GetFinalizers()), updateForGracefulDeletionAndFinalizers (SetFinalizers only if needsUpdate), markAsDeleting',
  scenario,
  check(r, h) {
    const j = h.job('fg');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.generation, j.metadata.finalizers], [16, 2, ['example.com/keep']], 'final state');
    const dir = mkdtempSync(join(tmpdir(), 'ttl2-'));
    const f = join(dir, 's.yaml'), t = join(dir, 't.jsonl');
    writeFileSync(f, scenario);
    const out = spawnSync('node_modules/.bin/jobsim', ['run', f, '-o', 'summary', '--trace', t], { encoding: 'utf8' });
    h.eq(out.status, 0, 'exit');
    const marks = readFileSync(t, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
      .filter((l) => l.type === 'object' && l.kind === 'Job' && l.name === 'fg' && l.object.metadata.deletionTimestamp);
    h.assert(marks.length >= 1, 'deletion write found');
    h.eq(marks[0].object.metadata.finalizers, ['foregroundDeletion', 'example.com/keep'], 'the marking write keeps the finalizers as they were');
  },
};
