// tolerationSeconds 0 for node.kubernetes.io/unreachable:NoExecute (so only the not-ready default is added): the pod
// is deleted the moment the taint manager sees the NoExecute taint (one monitor pass after NotReady), stays Terminating
// on the silent node and, without a podFailurePolicy, counts as failed at once. Its finish time for the back-off is
// its Ready=False transition (NotReady, no container terminated), so the replacement comes 10s after NotReady, i.e.
// 4s after the counting sync (NotReady + 6s), not 10s after the eviction. The replacement is pinned to the
// unreachable node and stays Pending (untolerated unreachable:NoSchedule).
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
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 30s, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations:
      - { key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 0 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`;
export default {
  id: 'nodelife3/toleration-zero-backoff-from-not-ready',
  source: 'pkg/controller/tainteviction/taint_eviction.go processPodOnNode (minTolerationTime <= 0: delete now), addConditionAndDeletePod; plugin/pkg/admission/defaulttolerationseconds (unreachable already tolerated: only not-ready added); pkg/controller/job/backoff_utils.go getFinishedTime (Ready=False lastTransitionTime), getRemainingTimeForFailuresCount (10s); job_controller.go isPodFailed',
  scenario,
  check(r, h) {
    const [old, repl] = h.podsOf('j');
    h.eq(old.spec.tolerations.map((t) => [t.key, t.effect, t.tolerationSeconds]), [['node.kubernetes.io/unreachable', 'NoExecute', 0], ['node.kubernetes.io/not-ready', 'NoExecute', 300]], 'tolerations after admission');
    const nr = h.events({ kind: 'Node', name: 'w-1', reason: 'NodeNotReady' }).map((e) => h.sec(e.firstTimestamp))[0];
    const ev = h.events({ name: old.metadata.name, reason: 'TaintManagerEviction' });
    h.eq(ev.map((e) => [e.message, h.sec(e.firstTimestamp)]), [[`Marking for deletion Pod default/${old.metadata.name}`, nr + 5]], 'evicted at the taint');
    const ready = h.anyCond(old, 'Ready');
    h.eq([old.status.phase, ready.status, h.sec(ready.lastTransitionTime), h.sec(old.metadata.deletionTimestamp)], ['Running', 'False', nr, nr + 35], 'old pod stuck Terminating');
    h.eq([h.sec(repl.metadata.creationTimestamp), repl.status.phase, repl.spec.nodeName ?? null], [nr + 10, 'Pending', null], 'replacement 10s after the Ready=False transition');
    h.eq(h.events({ name: repl.metadata.name, reason: 'FailedScheduling' }).length >= 1, true, 'replacement unschedulable');
    h.eq(jobTrace(scenario, 'j').filter((x) => x[0] >= nr).map((x) => x.slice(0, 6)), [
      [nr + 1, 1, 0, 0, 0, 0],
      [nr + 6, 0, 0, 0, 1, 1],
      [nr + 10, 1, 0, 0, 1, 1],
    ], 'status [t, active, ready, succeeded, failed, terminating]');
  },
};
