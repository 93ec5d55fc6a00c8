// backoffLimitPerIndex 0, maxFailedIndexes 1, default podReplacementPolicy (TerminatingOrFailed): index 1's pod sits on
// a-1, silent for good from 30s; the taint manager deletes it at NotReady + 305s and, Terminating, it counts as failed
// at once: failedIndexes "1", failed 1, terminating 1, no replacement (index failed for good). Index 0 succeeds at 10m:
// 1 failed + 1 succeeded >= 2 completions -> FailureTarget FailedIndexes "Job has failed indexes" (not
// MaxFailedIndexesExceeded: 1 is not > 1). Failed waits for the stuck pod: a-1's Node is deleted at 15m, the pod GC
// (pass 900s, quarantine 40s) fails and removes it at 940s, Failed at 941s.
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
  behaviors:
  - selector: { matchLabels: { app: j } }
    duration: 10m
  faults:
  - { at: 30s, nodeDown: a-1 }
  - { at: 15m, deleteNode: a-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 0
  maxFailedIndexes: 1
  template:
    metadata: { labels: { app: j } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`;
export default {
  id: 'nodelife3/failedindexes-waits-for-evicted-pod',
  source: 'pkg/controller/job/job_controller.go syncJob (FailedIndexes "Job has failed indexes" when failedIndexes+succeededIndexes >= completions; MaxFailedIndexesExceeded only when > maxFailedIndexes), isPodFailed (TerminatingOrFailed: deletionTimestamp counts), enactJobFinished (terminating > 0 delays Failed); indexed_job_utils.go isIndexFailed; taint_eviction.go; podgc gc_controller.go gcOrphaned',
  scenario,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.length, 2, 'no replacement for the failed index');
    const stuck = pods.find((p) => p.spec.nodeName === 'a-1');
    h.assert(stuck && stuck.metadata.annotations['batch.kubernetes.io/job-completion-index'] === '1', 'index 1 expected on a-1 (placement changed)');
    const nr = h.events({ kind: 'Node', name: 'a-1', reason: 'NodeNotReady' }).map((e) => h.sec(e.firstTimestamp));
    h.eq(nr.length, 1, 'one NodeNotReady');
    const ev = h.events({ name: stuck.metadata.name, reason: 'TaintManagerEviction' }).map((e) => [e.message, h.sec(e.firstTimestamp)]);
    h.eq(ev, [[`Marking for deletion Pod default/${stuck.metadata.name}`, nr[0] + 305]], 'taint eviction');
    const te = nr[0] + 305;
    h.eq([stuck.status.phase, h.anyCond(stuck, 'DisruptionTarget').reason], ['Failed', 'DeletionByPodGC'], 'stuck pod failed by the pod GC');
    const j = h.job('j');
    const ft = h.hasCond(j, 'FailureTarget', 'FailedIndexes');
    const f = h.hasCond(j, 'Failed', 'FailedIndexes');
    h.eq([ft.message, h.sec(ft.lastTransitionTime), f.message, h.sec(f.lastTransitionTime)], ['Job has failed indexes', 601, 'Job has failed indexes', 941], 'conditions');
    h.eq([j.status.succeeded, j.status.failed, j.status.failedIndexes, j.status.completedIndexes, j.status.terminating], [1, 1, '1', '0', 0], 'final status');
    h.eq(h.events({ kind: 'Job', reason: 'FailedIndexes' }).map((e) => [e.type, h.sec(e.firstTimestamp)]), [['Warning', 941]], 'Warning event at Failed');
    h.eq(jobTrace(scenario, 'j').filter((x) => x[0] > 60).map((x) => x.slice(0, 7)), [
      [nr[0] + 1, 2, 1, 0, 0, 0, ''],
      [te + 1, 1, 1, 0, 1, 1, ''],
      [601, 0, 0, 1, 1, 1, 'FailureTarget'],
      [941, 0, 0, 1, 1, 0, 'FailureTarget,Failed'],
    ], 'status [t, active, ready, succeeded, failed, terminating, conds]');
  },
};
