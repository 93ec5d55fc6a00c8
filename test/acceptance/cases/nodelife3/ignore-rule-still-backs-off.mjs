// podFailurePolicy Ignore on DisruptionTarget does not exempt failures from the pod-recreation back-off. Both pods of
// the Job run on a-1 (healthy kubelet) when its Node is deleted at 30s; the pod GC fails and force-deletes both at 80s
// (DisruptionTarget DeletionByPodGC). The sync at 81s ignores them (failed stays 0) but they are two new failures for
// the back-off record: 10s * 2^(2-1) = 20s from their finish time, which (no terminated container, Ready still True)
// is deletionTimestamp - grace = 80s. So both replacements are created together at 100s, not at 81s.
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
  duration: 5m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "8", memory: 4Gi, pods: 110 } }
    - { name: b, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 30s, deleteNode: a-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  parallelism: 2
  completions: 2
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
  id: 'nodelife3/ignore-rule-still-backs-off',
  source: 'pkg/controller/job/job_controller.go syncJob (newBackoffRecord(key, newSucceededPods, newFailedPods) takes every new failed pod, Ignore-matched ones included; nonIgnoredFailedPodsCount only for status.failed), manageJob (getRemainingTime before creating); backoff_utils.go newBackoffRecord, getFinishedTime (deletionTimestamp - grace), getRemainingTimeForFailuresCount; podgc gc_controller.go markFailedAndDeletePodWithCondition (grace 0)',
  scenario,
  check(r, h) {
    const pods = h.podsOf('j');
    const [p1, p2, ...repl] = pods;
    h.eq([p1.spec.nodeName, p2.spec.nodeName], ['a-1', 'a-1'], 'both first pods on a-1');
    for (const p of [p1, p2]) {
      const dt = h.hasCond(p, 'DisruptionTarget', 'DeletionByPodGC');
      h.eq([p.status.phase, h.sec(dt.lastTransitionTime), h.sec(p.metadata.deletionTimestamp), h.anyCond(p, 'Ready').status], ['Failed', 80, 80, 'True'], `${p.metadata.name} failed by the pod GC`);
    }
    h.eq(repl.map((p) => [h.sec(p.metadata.creationTimestamp), p.spec.nodeName]), [[100, 'b-1'], [100, 'b-1']], 'replacements 20s after the two failures');
    const j = h.job('j');
    h.eq([j.status.failed ?? 0, j.status.active, j.status.ready], [0, 2, 2], 'ignored: not counted');
    h.eq(jobTrace(scenario, 'j').filter((x) => x[0] > 1).map((x) => x.slice(0, 6)), [
      [81, 0, 0, 0, 0, 0],
      [100, 2, 0, 0, 0, 0],
      [101, 2, 2, 0, 0, 0],
    ], 'status [t, active, ready, succeeded, failed, terminating]');
  },
};
