// TestControllerSyncJob rows "suspending a job with satisfied expectations; PodReplacementPolicy
// enabled" and "count ready pods when suspending a job with satisfied expectations": suspending deletes
// every active pod; that sync writes active 0, ready 0, terminating 2 and Suspended=True; the deleted
// pods are never counted as failed.
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
metadata: {name: susp}
spec:
  duration: 60s
  timeline:
  - {at: 30s, patch: {kind: Job, name: susp, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: susp}
spec:
  parallelism: 2
  completions: 4
  template:
    metadata: {annotations: {jobsim/duration: 100s}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'jobtable/sync-suspend-ready-terminating',
  source: 'job_controller_test.go TestControllerSyncJob "suspending a job with satisfied expectations; PodReplacementPolicy enabled", "count ready pods when suspending a job with satisfied expectations"; job_controller.go manageJob (suspend: deleteJobPods), ensureJobConditionStatus; reference §2.6 step 1, §8',
  scenario,
  check(r, h) {
    const hist = jobStatuses(scenario, 'susp');
    const s = statusAt(hist, 30);
    h.eq(counts(s), [0, 0, 2, 0, 0], 'at 30s [active, ready, terminating, succeeded, failed]');
    h.eq(s.conditions.map((c) => [c.type, c.status, c.reason, c.message]), [['Suspended', 'True', 'JobSuspended', 'Job suspended']], 'conditions at 30s');
    const job = h.job('susp');
    h.eq(counts(job.status), [0, 0, 0, 0, 0], 'final');
    h.eq(h.sec(job.status.startTime), 0, 'startTime kept');
    h.eq(h.events({ kind: 'Job', name: 'susp' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [['SuccessfulCreate', 0], ['SuccessfulCreate', 0], ['SuccessfulDelete', 30], ['SuccessfulDelete', 30], ['Suspended', 30]], 'events');
  },
};
