// TestControllerSyncJob row "indexed job some running and completed pods": the controller creates the
// lowest indexes that are neither succeeded nor active, and completedIndexes compresses runs of three
// or more ("2,4,5,7-9"). Completions 6, parallelism 3; index 0 runs 100s, the others 10s: indexes 3,4
// at 11s, 5 at 22s; completedIndexes "1,2" then "1-4" then "1-5", "0-5" at the end.
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
metadata: {name: ixr}
spec:
  behaviors:
  - selector: {matchLabels: {app: ixr}}
    duration: 10s
    perIndex:
      "0": {duration: 100s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ixr}
spec:
  completionMode: Indexed
  completions: 6
  parallelism: 3
  template:
    metadata: {labels: {app: ixr}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'jobtable/sync-indexed-running-and-completed',
  source: 'job_controller_test.go TestControllerSyncJob "indexed job some running and completed pods"; indexed_job_utils.go firstPendingIndexes, orderedIntervals.String; reference §2.6 step 4, §14',
  scenario,
  check(r, h) {
    const ix = (p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'];
    h.eq(h.podsOf('ixr').map((p) => [ix(p), h.sec(p.metadata.creationTimestamp)]), [['0', 0], ['1', 0], ['2', 0], ['3', 11], ['4', 11], ['5', 22]], 'pods [index, created]');
    const hist = jobStatuses(scenario, 'ixr');
    h.eq([11, 22, 33].map((t) => [statusAt(hist, t).completedIndexes, statusAt(hist, t).succeeded, statusAt(hist, t).active]), [['1,2', 2, 3], ['1-4', 4, 2], ['1-5', 5, 1]], '[completedIndexes, succeeded, active] at 11s, 22s, 33s');
    const job = h.job('ixr');
    h.eq([job.status.completedIndexes, job.status.succeeded], ['0-5', 6], 'final');
    h.eq(h.sec(h.hasCond(job, 'Complete').lastTransitionTime), 101, 'Complete');
  },
};
