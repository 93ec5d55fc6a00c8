// TestControllerSyncJob rows "too many active pods; PodReplacementPolicy enabled", "count ready pods
// when too many active pods" and "more active pods than parallelism": lowering parallelism deletes the
// surplus in one sync; that sync writes active = parallelism, ready without the deleted ready pods and
// terminating = the deleted pods (then 0 once they are gone); the deleted pods never count as failed.
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

const job = (name, p) => `
apiVersion: batch/v1
kind: Job
metadata: {name: ${name}}
spec:
  parallelism: ${p}
  completions: 20
  template:
    metadata: {annotations: {jobsim/duration: 100s}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: down}
spec:
  duration: 60s
  timeline:
  - {at: 30s, patch: {kind: Job, name: three, spec: {parallelism: 2}}}
  - {at: 30s, patch: {kind: Job, name: ten, spec: {parallelism: 2}}}
---${job('three', 3)}---${job('ten', 10)}`;
export default {
  id: 'jobtable/sync-ready-on-scale-down',
  source: 'job_controller_test.go TestControllerSyncJob "too many active pods; PodReplacementPolicy enabled", "count ready pods when too many active pods", "more active pods than parallelism"; job_controller.go manageJob (rmAtLeast, deleteJobPods), syncJob terminating/ready; reference §2.6 step 3, §2.10',
  scenario,
  check(r, h) {
    const three = jobStatuses(scenario, 'three');
    h.eq(counts(statusAt(three, 30)), [2, 2, 1, 0, 0], 'three at 30s [active, ready, terminating, succeeded, failed]');
    h.eq(counts(h.job('three').status), [2, 2, 0, 0, 0], 'three at the end');
    const ten = jobStatuses(scenario, 'ten');
    h.eq(counts(statusAt(ten, 30)), [2, 2, 8, 0, 0], 'ten at 30s');
    h.eq(counts(h.job('ten').status), [2, 2, 0, 0, 0], 'ten at the end');
    h.eq(h.events({ kind: 'Job', name: 'ten', reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), Array(8).fill(30), 'ten: 8 deletions at 30s');
    h.eq(h.podsOf('ten').filter((p) => p.metadata.deletionTimestamp).length, 8, 'ten: 8 pods deleted');
  },
};
