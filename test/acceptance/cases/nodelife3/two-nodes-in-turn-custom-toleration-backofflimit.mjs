// Two node failures in turn under one Job (backoffLimit 1) whose pods tolerate unreachable:NoExecute for 20s. The pod
// on a-2 (silent from 30s) is evicted at its NotReady + 5s (NoExecute one pass later) + 20s, counted failed at once
// and replaced on a-1 (back-off from its Ready=False transition, 25s earlier: no wait). a-1 goes silent at 200s (a
// third node, b-1, keeps the zone out of full disruption); its pod is evicted the same way: failed 2 > 1 ->
// FailureTarget BackoffLimitExceeded, no third pod. Both pods stay Terminating on silent nodes, so Failed never comes.
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
    - { name: a, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { pool: a } }
    - { name: b, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 30s, nodeDown: a-2 }
  - { at: 200s, nodeDown: a-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 1
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { pool: a }
      tolerations:
      - { key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 20 }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`;
export default {
  id: 'nodelife3/two-nodes-in-turn-custom-toleration-backofflimit',
  source: 'pkg/controller/tainteviction/taint_eviction.go processPodOnNode (fire at taint seen + minTolerationTime 20s); node_lifecycle_controller.go processTaintBaseEviction (NoExecute one pass after Unknown, per-zone limiter), zone states (2 of 3 not ready is not partial disruption); job_controller.go isPodFailed, exceedsBackoffLimit (failed > backoffLimit), enactJobFinished (terminating > 0 delays Failed)',
  scenario,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.map((p) => p.spec.nodeName), ['a-2', 'a-1'], 'first pod on a-2, replacement on a-1, nothing more');
    const nr = (n) => h.events({ kind: 'Node', name: n, reason: 'NodeNotReady' }).map((e) => h.sec(e.firstTimestamp))[0];
    const e1 = nr('a-2') + 25, e2 = nr('a-1') + 25;
    h.eq(pods.map((p) => h.events({ name: p.metadata.name, reason: 'TaintManagerEviction' }).map((e) => h.sec(e.firstTimestamp))), [[e1], [e2]], 'evictions at NotReady + 5s + 20s');
    h.eq(h.sec(pods[1].metadata.creationTimestamp), e1 + 1, 'replacement one batched sync after the first eviction');
    for (const p of pods) h.eq([p.status.phase, h.anyCond(p, 'DisruptionTarget').reason, p.metadata.deletionTimestamp !== undefined], ['Running', 'DeletionByTaintManager', true], `${p.metadata.name} stuck Terminating`);
    const j = h.job('j');
    const ft = h.hasCond(j, 'FailureTarget', 'BackoffLimitExceeded');
    h.eq([ft.message, h.sec(ft.lastTransitionTime)], ['Job has reached the specified backoff limit', e2 + 1], 'FailureTarget');
    h.noCond(j, 'Failed');
    h.eq([j.status.failed, j.status.terminating, j.status.active ?? 0], [2, 2, 0], 'final counters');
    h.eq(jobTrace(scenario, 'j').filter((x) => x[0] > e1).map((x) => x.slice(0, 7)), [
      [e1 + 1, 1, 0, 0, 1, 1, ''],
      [e1 + 2, 1, 1, 0, 1, 1, ''],
      [nr('a-1') + 1, 1, 0, 0, 1, 1, ''],
      [e2 + 1, 0, 0, 0, 2, 2, 'FailureTarget'],
    ], 'status [t, active, ready, succeeded, failed, terminating, conds]');
  },
};
