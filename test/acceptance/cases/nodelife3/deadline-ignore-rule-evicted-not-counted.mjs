// activeDeadlineSeconds 600 with a podFailurePolicy Ignore on DisruptionTarget (so podReplacementPolicy Failed). One pod
// is on a-1, silent for good from 30s: taint-evicted at NotReady + 305s, Terminating, not counted, not replaced. At the
// deadline the Job gets FailureTarget DeadlineExceeded and deletes the other (active) pod: once a Job is finishing every
// pod not terminated is counted failed unless a rule says otherwise, so the deleted running pod counts (failed 1) while
// the evicted one matches the Ignore rule (DisruptionTarget) and does not; terminating 2 then 1. Failed waits for the
// evicted pod: a-1's Node is deleted at 12m, the pod GC removes the pod at 760s, Failed at 761s; failed stays 1.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
// runs the scenario again with --trace; returns the Job status snapshots [second, active, ready, succeeded, failed, terminating, conditions]
function jobTrace(scenario, name, start = Date.parse('2026-01-01T00:00:00Z')) {
  const dir = mkdtempSync(join(tmpdir(), 'nl3-'));
  const f = join(dir, 's.yaml'), t = join(dir, 't.jsonl');
  writeFileSync(f, scenario);
  const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary', '--trace', t], { encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`trace run: exit ${p.status}: ${(p.stderr || '').slice(0, 200)}`);
  const out = [];
  for (const l of readFileSync(t, 'utf8').trimEnd().split('\n')) {
    const e = JSON.parse(l);
    if (e.type !== 'object' || e.kind !== 'Job' || e.name !== name || !e.object.status) continue;
    const s = e.object.status;
    const row = [(Date.parse(e.t) - start) / 1000, s.active ?? 0, s.ready ?? 0, s.succeeded ?? 0, s.failed ?? 0, s.terminating ?? 0, (s.conditions ?? []).filter((c) => c.status === 'True').map((c) => c.type).join(',')];
    const prev = out[out.length - 1];
    if (!prev || JSON.stringify(prev.slice(1)) !== JSON.stringify(row.slice(1))) out.push(row);
  }
  return out;
}
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl3 }
spec:
  duration: 20m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
    - { name: b, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 30s, nodeDown: a-1 }
  - { at: 12m, deleteNode: a-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  parallelism: 2
  completions: 2
  activeDeadlineSeconds: 600
  podFailurePolicy:
    rules:
    - action: Ignore
      onPodConditions: [{ type: DisruptionTarget }]
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`;
export default {
  id: 'nodelife3/deadline-ignore-rule-evicted-not-counted',
  source: 'pkg/controller/job/job_controller.go syncJob (pastActiveDeadline -> DeadlineExceeded "Job was active longer than specified deadline"; deleteActivePods), trackJobStatusAndRemoveFinalizers (finishedCondition: non-terminated pods counted failed through matchPodFailurePolicy countFailed), enactJobFinished; pod_failure_policy.go matchPodFailurePolicy (Ignore on DisruptionTarget); defaults.go (podReplacementPolicy Failed with a podFailurePolicy)',
  scenario,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.length, 2, 'no replacement');
    const ev = pods.find((p) => p.spec.nodeName === 'a-1');
    const other = pods.find((p) => p.spec.nodeName === 'b-1');
    const nr = h.events({ kind: 'Node', name: 'a-1', reason: 'NodeNotReady' }).map((e) => h.sec(e.firstTimestamp));
    const te = nr[0] + 305;
    h.eq(h.events({ name: ev.metadata.name, reason: 'TaintManagerEviction' }).map((e) => h.sec(e.firstTimestamp)), [te], 'eviction');
    h.eq(h.events({ reason: 'SuccessfulDelete' }).map((e) => [e.message, h.sec(e.firstTimestamp)]), [[`Deleted pod: ${other.metadata.name}`, 600]], 'only the active pod deleted at the deadline');
    h.eq([other.status.phase, h.exitCodeOf(other)], ['Failed', 143], 'deleted pod stopped on b-1');
    const j = h.job('j');
    const ft = h.hasCond(j, 'FailureTarget', 'DeadlineExceeded');
    const f = h.hasCond(j, 'Failed', 'DeadlineExceeded');
    h.eq([ft.message, h.sec(ft.lastTransitionTime), h.sec(f.lastTransitionTime)], ['Job was active longer than specified deadline', 600, 761], 'conditions');
    h.eq(jobTrace(scenario, 'j').filter((x) => x[0] >= te).map((x) => x.slice(0, 7)), [
      [te + 1, 1, 1, 0, 0, 1, ''],
      [600, 0, 0, 0, 1, 2, 'FailureTarget'],
      [601, 0, 0, 0, 1, 1, 'FailureTarget'],
      [761, 0, 0, 0, 1, 0, 'FailureTarget,Failed'],
    ], 'status [t, active, ready, succeeded, failed, terminating, conds]');
  },
};
