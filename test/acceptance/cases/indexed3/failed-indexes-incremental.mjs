// failedIndexes grows sync by sync and is always written in interval form: index 3 fails at 10s ("3"), index 1 at
// 20s ("1,3"), index 2 at 30s ("1-3": the merge joins the runs). Indexes 0 and 4 succeed at 40s: FailedIndexes at 41s
// with completedIndexes "0,4".
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: inc}
spec:
  behaviors:
    - selector: {matchLabels: {app: inc}}
      duration: 40s
      perIndex:
        "3": {duration: 10s, exitCodes: [1]}
        "1": {duration: 20s, exitCodes: [1]}
        "2": {duration: 30s, exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: inc}
spec:
  completionMode: Indexed
  completions: 5
  parallelism: 5
  backoffLimitPerIndex: 0
  template:
    metadata: {labels: {app: inc}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
function runAt(d) {
  const f = join(mkdtempSync(join(tmpdir(), 'inc-')), 's.yaml');
  writeFileSync(f, scenario);
  const p = spawnSync('node_modules/.bin/jobsim', ['run', f, '-o', 'json', '--duration', d], { encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`jobsim exit ${p.status}: ${p.stderr}`);
  return JSON.parse(p.stdout).items.find((o) => o.kind === 'Job');
}
export default {
  id: 'indexed3/failed-indexes-incremental',
  source: 'pkg/controller/job/indexed_job_utils.go calculateFailedIndexes (prev failedIndexes merged with new), orderedIntervals.merge / String; reference §6, §14',
  scenario,
  check(r, h) {
    const snaps = ['15s', '25s', '35s'].map((d) => { const j = runAt(d); return [d, j.status.failedIndexes, j.status.failed ?? 0, j.status.active]; });
    h.eq(snaps, [['15s', '3', 1, 4], ['25s', '1,3', 2, 3], ['35s', '1-3', 3, 2]], 'snapshots [at, failedIndexes, failed, active]');
    const job = h.job('inc');
    h.eq([job.status.failedIndexes, job.status.completedIndexes, job.status.failed, job.status.succeeded], ['1-3', '0,4', 3, 2], 'final [failedIndexes, completedIndexes, failed, succeeded]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'FailedIndexes', 41], ['Failed', 'FailedIndexes', 41]], 'conditions');
  },
};
