// TestControllerSyncJob rows "more terminating pods than parallelism" and "... ; PodFailurePolicy used"
// (kubernetes#122235): with podReplacementPolicy Failed (forced by a podFailurePolicy) terminating pods
// are neither active nor failed and hold their places: creations = parallelism - active - terminating;
// lowering parallelism deletes surplus active pods only; status.terminating counts them all (modern).
// Three pods on w-1, which stops at 60s; evicted at 117s, written at 118s (2s toleration): terminating 3, active 0, no
// replacement. Parallelism 5 at 150s: 5 - 0 - 3 = 2 pods created (Pending: w-1 is tainted).
// Parallelism 1 at 200s: one of them deleted: active 1, terminating 3 + 1 in that sync, then 3.
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
metadata: {name: mt}
spec:
  duration: 250s
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "4", memory: 4Gi, pods: 110}}
  faults:
  - {at: 60s, nodeDown: w-1}
  timeline:
  - {at: 150s, patch: {kind: Job, name: mt, spec: {parallelism: 5}}}
  - {at: 200s, patch: {kind: Job, name: mt, spec: {parallelism: 1}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: mt}
spec:
  parallelism: 3
  completions: 10
  podFailurePolicy:
    rules:
    - {action: Ignore, onPodConditions: [{type: DisruptionTarget}]}
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      tolerations:
      - {key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 2}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'jobtable/terminating-more-than-parallelism',
  source: 'job_controller_test.go TestControllerSyncJob "more terminating pods than parallelism", "more terminating pods than parallelism; PodFailurePolicy used"; job_controller.go manageJob (diff = wantActive - active - terminating when onlyReplaceFailedPods; rmAtLeast), syncJob terminating; reference §2.6 steps 3-4, §2.10, §4',
  scenario,
  check(r, h) {
    const hist = jobStatuses(scenario, 'mt');
    h.eq(counts(statusAt(hist, 118)), [0, 0, 3, 0, 0], 'at 118s [active, ready, terminating, succeeded, failed]');
    h.eq(counts(statusAt(hist, 150)), [2, 0, 3, 0, 0], 'at 150s');
    h.eq(counts(statusAt(hist, 200)), [1, 0, 4, 0, 0], 'at 200s');
    h.eq(counts(h.job('mt').status), [1, 0, 3, 0, 0], 'at the end');
    h.eq(h.events({ kind: 'Job', name: 'mt' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [['SuccessfulCreate', 0], ['SuccessfulCreate', 0], ['SuccessfulCreate', 0], ['SuccessfulCreate', 150], ['SuccessfulCreate', 150], ['SuccessfulDelete', 200]], 'Job events');
  },
};
