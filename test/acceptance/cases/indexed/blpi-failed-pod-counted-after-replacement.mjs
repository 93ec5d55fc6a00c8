// Delayed deletion: the failed pod of an index that will be retried keeps the job-tracking finalizer and is not counted
// in status.failed until its replacement exists; it is counted in the sync after the replacement is created.
// Snapshots: at 15s (in back-off) failed is absent and the pod keeps its finalizer; at 20.5s (replacement created at
// 20s) still not counted; at 21.5s counted and the finalizer is gone.
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: blpi-lag}
spec:
  behaviors:
    - selector: {matchLabels: {app: lag}}
      duration: 10s
      perIndex:
        "0": {exitCodes: [1, 0]}
        "1": {duration: 1h}
---
apiVersion: batch/v1
kind: Job
metadata: {name: lag}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 1
  template:
    metadata: {labels: {app: lag}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
function runAt(d) {
  const f = join(mkdtempSync(join(tmpdir(), 'blpi-lag-')), 's.yaml');
  writeFileSync(f, scenario);
  const p = spawnSync('node_modules/.bin/jobsim', ['run', f, '-o', 'json', '--duration', d], { encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`jobsim exit ${p.status}: ${p.stderr}`);
  return JSON.parse(p.stdout);
}
export default {
  id: 'indexed/blpi-failed-pod-counted-after-replacement',
  source: 'job_controller_test.go TestSyncJobWithJobBackoffLimitPerIndex "single failed pod, not counted as the replacement pod creation is delayed" (Active 2, Failed 0) and "single failed pod replaced already" (Failed 1); indexed_job_utils.go getPodsWithDelayedDeletionPerIndex; job_controller.go canRemoveFinalizer; reference §6 delayed deletion',
  scenario,
  args: ['--duration', '15s'],
  check(r, h) {
    const first = (res) => res.items.find((o) => o.kind === 'Pod' && o.metadata.name.startsWith('lag-0-') && o.status.phase === 'Failed');
    const job = (res) => res.items.find((o) => o.kind === 'Job');
    h.eq([job(r).status.failed ?? 0, job(r).status.active], [0, 1], 'at 15s [failed, active]');
    h.eq(first(r).metadata.finalizers, ['batch.kubernetes.io/job-tracking'], 'at 15s the failed pod keeps the finalizer');
    const r2 = runAt('20500ms');
    h.eq([job(r2).status.failed ?? 0, job(r2).status.active], [0, 2], 'at 20.5s [failed, active] (replacement created, failure not counted yet)');
    const r3 = runAt('21500ms');
    h.eq([job(r3).status.failed ?? 0, job(r3).status.active], [1, 2], 'at 21.5s [failed, active]');
    h.eq(first(r3).metadata.finalizers ?? [], [], 'at 21.5s the failed pod has no finalizer');
  },
};
