// maxFailedIndexes 0 with backoffLimitPerIndex 0: the Node holding one index's pod is deleted (machine gone) at 30s;
// the pod GC's 40s pass quarantines it, the 80s pass fails the pod (DisruptionTarget DeletionByPodGC) and
// force-deletes it. The sync at 81s finds 1 failed index > 0: FailureTarget MaxFailedIndexesExceeded, the two
// other indexes' pods deleted and counted failed (failed 3, terminating 2, failedIndexes = that index only); they
// stop at once on their healthy nodes, and Failed (Warning event) comes one batched sync later, at 82s.
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
    - { name: w, count: 3, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 30s, deleteNode: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 0
  maxFailedIndexes: 0
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`;
export default {
  id: 'nodelife3/maxfailedindexes-deleted-node-podgc',
  source: 'pkg/controller/job/job_controller.go syncJob (MaxFailedIndexesExceeded "Job has exceeded the specified maximal number of failed indexes"; deleteActivePods; trackJobStatusAndRemoveFinalizers counts every non-terminated pod failed once finished; enactJobFinished waits for terminating 0), indexed_job_utils.go calculateFailedIndexes/isIndexFailed (needs the tracking finalizer); pkg/controller/podgc/gc_controller.go gcOrphaned + markFailedAndDeletePodWithCondition',
  scenario,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.length, 3, 'no replacement');
    const gone = pods.filter((p) => p.spec.nodeName === 'w-1');
    h.eq(gone.length, 1, 'one pod on w-1');
    const g = gone[0];
    const ix = g.metadata.annotations['batch.kubernetes.io/job-completion-index'];
    const dt = h.hasCond(g, 'DisruptionTarget', 'DeletionByPodGC');
    h.eq([g.status.phase, dt.message, h.sec(dt.lastTransitionTime), h.sec(g.metadata.deletionTimestamp)], ['Failed', 'PodGC: node no longer exists', 80, 80], 'w-1 pod failed by the pod GC');
    for (const p of pods.filter((p) => p !== g)) {
      h.eq([p.status.phase, h.exitCodeOf(p), h.sec(p.status.containerStatuses[0].state.terminated.finishedAt)], ['Failed', 143, 81], `${p.metadata.name} deleted by the Job and stopped`);
      h.noCond(p, 'DisruptionTarget');
    }
    const j = h.job('j');
    const ft = h.hasCond(j, 'FailureTarget', 'MaxFailedIndexesExceeded');
    const f = h.hasCond(j, 'Failed', 'MaxFailedIndexesExceeded');
    h.eq([ft.message, h.sec(ft.lastTransitionTime), f.message, h.sec(f.lastTransitionTime)], ['Job has exceeded the specified maximal number of failed indexes', 81, 'Job has exceeded the specified maximal number of failed indexes', 82], 'conditions');
    h.eq([j.status.failed, j.status.succeeded ?? 0, j.status.active ?? 0, j.status.terminating, j.status.failedIndexes], [3, 0, 0, 0, ix], 'final status');
    h.eq(h.events({ reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), [81, 81], 'two deletions at 81s');
    h.eq(jobTrace(scenario, 'j').filter((x) => x[0] >= 81), [[81, 0, 0, 0, 3, 2, 'FailureTarget'], [82, 0, 0, 0, 3, 0, 'FailureTarget,Failed']], 'status at 81s [t, active, ready, succeeded, failed, terminating, conds]');
    h.eq(h.events({ kind: 'Job', reason: 'MaxFailedIndexesExceeded' }).map((e) => [e.type, e.message, h.sec(e.firstTimestamp)]), [['Warning', 'Job has exceeded the specified maximal number of failed indexes', 82]], 'event');
  },
};
