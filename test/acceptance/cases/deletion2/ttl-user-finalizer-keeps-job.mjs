// A Job with its own finalizer (example.com/keep) and ttlSecondsAfterFinished 20: Complete at 11s, the TTL controller
// deletes it at 31s with Foreground propagation. The API server marks it (deletionTimestamp 31s, deletionGracePeriodSeconds
// 0, generation 2) and appends foregroundDeletion after the user's finalizer; the garbage collector deletes the Succeeded
// pod (grace 0) and removes foregroundDeletion. The user's finalizer keeps the Job in the API: at 90s it is still there,
// and kubectl get shows it Complete (the Complete condition wins over Terminating).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 90s
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
  id: 'deletion2/ttl-user-finalizer-keeps-job',
  source: 'ttlafterfinished_controller.go processJob (Delete with PropagationPolicy Foreground); registry store.go deletionFinalizersForGarbageCollection (append foregroundDeletion), markAsDeleting; garbagecollector processDeletingDependentsItem (removeFinalizer foregroundDeletion only); printers.go printJob (Complete before Terminating)',
  scenario,
  check(r, h) {
    const j = h.job('j');
    h.eq(h.sec(h.hasCond(j, 'Complete').lastTransitionTime), 11, 'Complete at 11s');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.metadata.deletionGracePeriodSeconds, j.metadata.generation, j.metadata.finalizers], [31, 0, 2, ['example.com/keep']], 'marked for deletion, held by its own finalizer only');
    const p = h.podsOf('j')[0];
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.metadata.generation], ['Succeeded', 31, 0, 2], 'pod collected at 31s');
    const dir = mkdtempSync(join(tmpdir(), 'd2-'));
    const file = join(dir, 's.yaml');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '-o', 'text'], { encoding: 'utf8' });
    h.eq(out.status, 0, 'exit status of -o text');
    const row = out.stdout.split('\n').find((l) => l.startsWith('job.batch/j ')) ?? '';
    h.assert(/^job\.batch\/j\s+Complete\s+1\/1\s+11s\s/.test(row), `job still listed, Complete: ${JSON.stringify(row)}`);
  },
};
