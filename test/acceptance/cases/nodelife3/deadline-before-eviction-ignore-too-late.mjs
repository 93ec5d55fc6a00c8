// Ignore on DisruptionTarget comes too late when the deadline struck first. The pod runs on w-1, silent 30s-10m30s;
// activeDeadlineSeconds 120 passes before any eviction: FailureTarget DeadlineExceeded at 120s, the pod deleted with no
// DisruptionTarget and, the Job finishing, counted failed at once (no rule matches a running pod). The taint manager
// still evicts the Terminating pod at NotReady + 305s (DisruptionTarget DeletionByTaintManager added), but the pod was
// already counted (no tracking finalizer left): failed stays 1. The returning kubelet stops it at 630s; Failed at 631s.
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
  duration: 15m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 30s, nodeDown: w-1, for: 10m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  activeDeadlineSeconds: 120
  podFailurePolicy:
    rules:
    - action: Ignore
      onPodConditions: [{ type: DisruptionTarget }]
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`;
export default {
  id: 'nodelife3/deadline-before-eviction-ignore-too-late',
  source: 'pkg/controller/job/job_controller.go trackJobStatusAndRemoveFinalizers (finished Job: pod counted through matchPodFailurePolicy at that sync, finalizer removed; pods without the finalizer skipped afterwards), pastActiveDeadline, enactJobFinished; taint_eviction.go (terminating pods are still evicted: addConditionAndDeletePod)',
  scenario,
  check(r, h) {
    const [p] = h.podsOf('j');
    const nr = h.events({ kind: 'Node', name: 'w-1', reason: 'NodeNotReady' }).map((e) => h.sec(e.firstTimestamp))[0];
    h.eq(h.events({ name: p.metadata.name, reason: 'TaintManagerEviction' }).map((e) => [e.message, h.sec(e.firstTimestamp)]), [[`Marking for deletion Pod default/${p.metadata.name}`, nr + 305]], 'taint eviction of the terminating pod');
    const dt = h.hasCond(p, 'DisruptionTarget', 'DeletionByTaintManager');
    h.eq([h.sec(dt.lastTransitionTime), h.sec(p.metadata.deletionTimestamp), p.status.phase, h.exitCodeOf(p)], [nr + 305, 150, 'Failed', 143], 'pod [DisruptionTarget at, deletionTimestamp (the deadline delete), phase, exit]');
    const j = h.job('j');
    h.eq([h.sec(h.hasCond(j, 'FailureTarget', 'DeadlineExceeded').lastTransitionTime), h.sec(h.hasCond(j, 'Failed', 'DeadlineExceeded').lastTransitionTime)], [120, 631], 'conditions');
    h.eq([j.status.failed, j.status.terminating], [1, 0], 'counted once, at the deadline');
    h.eq(jobTrace(scenario, 'j').filter((x) => x[0] >= 120).map((x) => x.slice(0, 7)), [
      [120, 0, 0, 0, 1, 1, 'FailureTarget'],
      [631, 0, 0, 0, 1, 0, 'FailureTarget,Failed'],
    ], 'status [t, active, ready, succeeded, failed, terminating, conds]');
  },
};
