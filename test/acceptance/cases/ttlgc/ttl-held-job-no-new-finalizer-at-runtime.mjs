// A Job with its own finalizer (example.com/keep) and ttlSecondsAfterFinished 5 is deleted by the TTL controller at
// 16s and held. A timeline patch at 60s adding another finalizer is refused by the API server, as the loader refuses
// it after a timeline delete (ValidateObjectMetaUpdate -> ValidateNoNewFinalizers): "metadata.finalizers: Forbidden:
// no new finalizers can be added if the object is being deleted, found new finalizers []string{"example.com/other"}".
// jobsim only learns of the deletion at run time, so the refusal is a warning on stderr and the finalizers stay.
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 5m
  timeline:
  - {at: 60s, patch: {kind: Job, name: j, metadata: {finalizers: [example.com/keep, example.com/other]}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j, finalizers: [example.com/keep]}
spec:
  ttlSecondsAfterFinished: 5
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'ttlgc/ttl-held-job-no-new-finalizer-at-runtime',
  source: 'apimachinery validation/objectmeta.go ValidateObjectMetaUpdate (oldMeta.DeletionTimestamp != nil -> ValidateNoNewFinalizers); ttlafterfinished_controller.go processJob (Foreground DELETE at finish + TTL); README timeline: what only the run can tell fails with a warning',
  scenario,
  check(r, h) {
    const j = h.job('j');
    h.eq(h.sec(j.metadata.deletionTimestamp), 16, 'deleted by the TTL controller at 16s');
    h.eq(j.metadata.finalizers, ['example.com/keep'], 'no finalizer can be added to an object being deleted');
    const dir = mkdtempSync(join(tmpdir(), 'ttlgc-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const out = spawnSync('node_modules/.bin/jobsim', ['run', f, '-o', 'json'], { encoding: 'utf8' });
    h.eq(out.status, 0, 'exit status');
    h.assert(/no new finalizers can be added if the object is being deleted/.test(out.stderr), `stderr warns of the refused patch: ${JSON.stringify(out.stderr.slice(0, 300))}`);
  },
};
