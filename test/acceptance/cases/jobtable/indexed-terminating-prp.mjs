// TestControllerSyncJob rows "indexed job with some pods deleted, podReplacementPolicy Failed" (the
// index of a terminating pod is not created again: one creation only) and "... TerminatingOrFailed"
// (the terminating pod is failed at once and its index re-created). Indexed, completions 3, parallelism
// 2, on node w-1, which stops at 60s; the index-1 pod of each Job is evicted (Eviction API) at 65s and
// stays Terminating. podReplacementPolicy Failed: index 1 is not re-created (active 1, terminating 1,
// failed 0) until the node is back (11m) and both pods, killed by their kubelet, are Failed: counted
// then, recreated after the 20s back-off of two failures. TerminatingOrFailed: the evicted pod counts
// as failed at 66s and index 1 comes back at 75s (its finish time is deletionTimestamp - grace = 65s);
// that replacement lands on w-1 too and is taint-evicted at 415s with index 0: both back at 455s.
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
metadata: {name: ixp}
spec:
  duration: 15m
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "4", memory: 4Gi, pods: 110}}
  faults:
  - {at: 60s, nodeDown: w-1, for: 10m}
  - {at: 65s, evictPod: default/ixf-1-vqbl8}
  - {at: 65s, evictPod: default/ixt-1-6wrb2}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ixf}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 2
  podReplacementPolicy: Failed
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: ixt}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 2
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'jobtable/indexed-terminating-prp',
  source: 'job_controller_test.go TestControllerSyncJob "indexed job with some pods deleted, podReplacementPolicy Failed", "indexed job with some pods deleted, podReplacementPolicy TerminatingOrFailed"; job_controller.go isPodFailed, manageJob (terminating subtracted), indexed_job_utils.go firstPendingIndexes (terminating indexes skipped); backoff_utils.go getFinishedTime; reference §2.1, §3.3, §4',
  scenario,
  check(r, h) {
    const ix = (p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'];
    const f = jobStatuses(scenario, 'ixf');
    h.eq(counts(statusAt(f, 66)), [1, 1, 1, 0, 0], 'ixf at 66s [active, ready, terminating, succeeded, failed]');
    h.eq(h.podsOf('ixf').map((p) => [ix(p), h.sec(p.metadata.creationTimestamp)]), [['0', 0], ['1', 0], ['0', 680], ['1', 680]], 'ixf pods [index, created]');
    h.eq(counts(h.job('ixf').status), [2, 2, 0, 0, 2], 'ixf at the end');
    const t = jobStatuses(scenario, 'ixt');
    h.eq(counts(statusAt(t, 66)), [1, 1, 1, 0, 1], 'ixt at 66s');
    h.eq(h.podsOf('ixt').map((p) => [ix(p), h.sec(p.metadata.creationTimestamp)]), [['0', 0], ['1', 0], ['1', 75], ['0', 455], ['1', 455]], 'ixt pods [index, created]');
    // the index-1 replacement was bound to w-1 (still Ready at 75s), so it is taint-evicted with index 0
    // at 415s: n = 1 + 2 = 3 failures, the last one finishing at 415s (deletionTimestamp - grace: it never
    // ran, no Ready condition) -> 40s back-off -> 455s
    h.eq(counts(h.job('ixt').status), [2, 2, 0, 0, 3], 'ixt at the end');
  },
};
