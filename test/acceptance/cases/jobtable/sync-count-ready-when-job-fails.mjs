// TestControllerSyncJob row "count ready pods when job fails": backoffLimit 0, two running ready pods
// and one failed -> both deleted, failed 3, ready 0. Played: parallelism 1 raised to 3 at 5s; the
// first pod fails at 10s; at 11s the two ready pods are deleted (ready 0, terminating 2, failed 3);
// Failed at 12s.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
// every status the Job was written with, in order, as [seconds since start, status] (from --trace)
function jobStatuses(scenario, name, args = []) {
  const dir = mkdtempSync(join(tmpdir(), 'jobtable-'));
  const f = join(dir, 's.yaml');
  const t = join(dir, 't.jsonl');
  writeFileSync(f, scenario);
  const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary', '--trace', t, ...args], { encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`--trace run: exit ${p.status}: ${p.stderr.slice(0, 200)}`);
  const lines = readFileSync(t, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
  const start = Date.parse(lines[0].t);
  return lines.filter((l) => l.type === 'object' && l.kind === 'Job' && l.name === name).map((l) => [(Date.parse(l.t) - start) / 1000, l.object.status]);
}
/** the last status written at second `sec` */
function statusAt(hist, sec) {
  const at = hist.filter(([t]) => t === sec);
  if (at.length === 0) throw new Error(`no status write at ${sec}s (writes at ${[...new Set(hist.map(([t]) => t))].join(", ")})`);
  return at[at.length - 1][1];
}
const counts = (s) => [s.active ?? 0, s.ready, s.terminating, s.succeeded ?? 0, s.failed ?? 0];

const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: rf}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: rf, spec: {parallelism: 3}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: rf}
spec:
  parallelism: 1
  completions: 3
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: 10s, jobsim/exit-codes: "1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'jobtable/sync-count-ready-when-job-fails',
  source: 'job_controller_test.go TestControllerSyncJob "count ready pods when job fails"; job_controller.go deleteActivePods / trackJobStatusAndRemoveFinalizers; reference §2.5, §2.7',
  scenario,
  check(r, h) {
    const hist = jobStatuses(scenario, 'rf');
    h.eq(counts(statusAt(hist, 6)), [3, 3, 0, 0, 0], 'at 6s (the new pods ready, 1s batching) [active, ready, terminating, succeeded, failed]');
    h.eq(counts(statusAt(hist, 11)), [0, 0, 2, 0, 3], 'at 11s');
    const job = h.job('rf');
    h.eq(counts(job.status), [0, 0, 0, 0, 3], 'final');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 11], ['Failed', 'BackoffLimitExceeded', 12]], 'conditions');
    h.eq(h.events({ kind: 'Job', name: 'rf', reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), [11, 11], 'deletions');
  },
};
