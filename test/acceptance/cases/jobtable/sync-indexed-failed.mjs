// TestControllerSyncJob rows "indexed job failed", "count terminating pods when indexed job fails and
// PodReplacementPolicy enabled", "backoff limit exceeded; JobManagedBy enabled": Indexed, completions 3,
// parallelism 2, backoffLimit 0; index 0 succeeded, index 1 failed, index 2 running -> FailureTarget
// BackoffLimitExceeded, the running pod deleted and counted failed: succeeded 1, failed 2,
// completedIndexes "0", terminating 1; Failed once the pod is gone.
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
metadata: {name: ixf}
spec:
  behaviors:
  - selector: {matchLabels: {app: ixf}}
    duration: 100s
    perIndex:
      "0": {duration: 5s}
      "1": {duration: 10s, exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ixf}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 2
  backoffLimit: 0
  template:
    metadata: {labels: {app: ixf}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'jobtable/sync-indexed-failed',
  source: 'job_controller_test.go TestControllerSyncJob "indexed job failed", "count terminating pods when indexed job fails and PodReplacementPolicy enabled", "backoff limit exceeded; JobManagedBy enabled"; reference §2.4 step 4, §2.5, §2.7, §2.9',
  scenario,
  check(r, h) {
    const pods = h.podsOf('ixf');
    const ix = (p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'];
    h.eq(pods.map((p) => [ix(p), h.sec(p.metadata.creationTimestamp), p.status.phase]), [['0', 0, 'Succeeded'], ['1', 0, 'Failed'], ['2', 6, 'Failed']], 'pods [index, created, phase]');
    const hist = jobStatuses(scenario, 'ixf');
    const s11 = statusAt(hist, 11);
    h.eq(counts(s11), [0, 0, 1, 1, 2], 'at 11s [active, ready, terminating, succeeded, failed]');
    h.eq(s11.completedIndexes, '0', 'completedIndexes at 11s');
    h.eq(s11.conditions.map((c) => c.type), ['FailureTarget'], 'conditions at 11s');
    const job = h.job('ixf');
    h.eq(counts(job.status), [0, 0, 0, 1, 2], 'final counts');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 11],
      ['Failed', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 12],
    ], 'conditions');
    h.eq(h.events({ kind: 'Job', name: 'ixf' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [['SuccessfulCreate', 0], ['SuccessfulCreate', 0], ['SuccessfulCreate', 6], ['SuccessfulDelete', 11], ['BackoffLimitExceeded', 12]], 'events');
  },
};
