// Indexed, backoffLimitPerIndex 1, podReplacementPolicy: Failed (no podFailurePolicy). Index 1's pod is on a-1, silent
// for good from 30s, taint-evicted at NotReady + 305s: Terminating, so neither failed nor replaced (active 1,
// terminating 1, failed 0). a-1's Node is deleted at 10m; the pod GC (pass 600s + 40s quarantine) fails it at 640s
// (DisruptionTarget DeletionByPodGC). The sync at 641s creates the replacement of index 1 at once (its back-off counts
// from the old pod's Ready=False transition, long past) with job-index-failure-count "1", keeping the old pod's
// finalizer until then; the old pod is counted failed one sync later (642s). failedIndexes stays empty.
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
    - { name: a, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
    - { name: b, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 30s, nodeDown: a-1 }
  - { at: 10m, deleteNode: a-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 1
  podReplacementPolicy: Failed
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`;
export default {
  id: 'nodelife3/prp-failed-per-index-replaced-after-podgc',
  source: 'pkg/controller/job/job_controller.go isPodFailed/onlyReplaceFailedPods, manageJob (diff = wantActive - terminating - active), canRemoveFinalizer (podsWithDelayedDeletionPerIndex); indexed_job_utils.go getNewIndexFailureCounts, getPodsWithDelayedDeletionPerIndex; backoff_utils.go getRemainingTimePerIndex/getFinishedTime; podgc gc_controller.go gcOrphaned',
  scenario,
  check(r, h) {
    const pods = h.podsOf('j');
    const old = pods.find((p) => p.spec.nodeName === 'a-1');
    h.assert(old && old.metadata.name.startsWith('j-1-'), 'index 1 expected on a-1 (placement changed)');
    const nr = h.events({ kind: 'Node', name: 'a-1', reason: 'NodeNotReady' }).map((e) => h.sec(e.firstTimestamp));
    const te = nr[0] + 305;
    h.eq(h.events({ name: old.metadata.name, reason: 'TaintManagerEviction' }).map((e) => h.sec(e.firstTimestamp)), [te], 'eviction');
    h.eq([old.status.phase, h.anyCond(old, 'DisruptionTarget').reason, h.sec(h.anyCond(old, 'DisruptionTarget').lastTransitionTime), h.sec(old.metadata.deletionTimestamp)], ['Failed', 'DeletionByPodGC', te, te + 30], 'old pod failed by the pod GC (condition reason replaced, transition time kept: UpdatePodCondition)');
    const repl = pods.filter((p) => p.metadata.name.startsWith('j-1-') && p !== old);
    h.eq(repl.map((p) => [h.sec(p.metadata.creationTimestamp), p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'], p.metadata.annotations['batch.kubernetes.io/job-index-ignored-failure-count'] ?? null, p.spec.nodeName]), [[641, '1', null, 'b-1']], 'replacement');
    const j = h.job('j');
    h.eq([j.status.active, j.status.failed, j.status.terminating, j.status.failedIndexes], [2, 1, 0, ''], 'final status');
    h.eq(jobTrace(scenario, 'j').filter((x) => x[0] > nr[0] + 2).map((x) => x.slice(0, 6)), [
      [te + 1, 1, 1, 0, 0, 1],
      [641, 2, 1, 0, 0, 0],
      [642, 2, 2, 0, 1, 0],
    ], 'status [t, active, ready, succeeded, failed, terminating]');
  },
};
