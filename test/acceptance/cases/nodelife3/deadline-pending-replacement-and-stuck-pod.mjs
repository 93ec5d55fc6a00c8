// A Job pinned to w-1 (activeDeadlineSeconds 600, no podFailurePolicy). w-1 is silent for good from 30s: its pod is
// taint-evicted at NotReady + 305s, counted failed at once and replaced at once (back-off from the Ready=False
// transition, long past); the replacement cannot be scheduled (w-1 unreachable, w-2 not selected). At 600s
// DeadlineExceeded: the Pending replacement is deleted (never bound: removed at once) and counted failed (failed 2);
// status.terminating is 2 in that sync (the stuck pod plus the one just deleted), 1 one sync later. Failed waits for the
// stuck pod: w-1's Node is deleted at 12m, the pod GC removes the pod at 760s, Failed at 761s.
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
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 30s, nodeDown: w-1 }
  - { at: 12m, deleteNode: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  activeDeadlineSeconds: 600
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`;
export default {
  id: 'nodelife3/deadline-pending-replacement-and-stuck-pod',
  source: 'pkg/controller/job/job_controller.go syncJob (pastActiveDeadline; deleteActivePods; terminating = CountTerminatingPods + deleted), isPodFailed (TerminatingOrFailed), enactJobFinished; pkg/registry/core/pod/strategy.go CheckGracefulDelete (unscheduled pod: grace 0); taint_eviction.go; podgc gc_controller.go gcOrphaned',
  scenario,
  check(r, h) {
    const [old, repl] = h.podsOf('j');
    h.eq(h.podsOf('j').length, 2, 'two pods');
    const nr = h.events({ kind: 'Node', name: 'w-1', reason: 'NodeNotReady' }).map((e) => h.sec(e.firstTimestamp))[0];
    const te = nr + 305;
    h.eq(h.events({ name: old.metadata.name, reason: 'TaintManagerEviction' }).map((e) => h.sec(e.firstTimestamp)), [te], 'eviction');
    h.eq([h.sec(repl.metadata.creationTimestamp), repl.spec.nodeName ?? null, h.sec(repl.metadata.deletionTimestamp), repl.metadata.deletionGracePeriodSeconds], [te + 1, null, 600, 0], 'replacement: created, never bound, deleted at the deadline with grace 0');
    h.eq([old.status.phase, h.anyCond(old, 'DisruptionTarget').reason], ['Failed', 'DeletionByPodGC'], 'stuck pod ended by the pod GC');
    const j = h.job('j');
    h.eq([h.sec(h.hasCond(j, 'FailureTarget', 'DeadlineExceeded').lastTransitionTime), h.sec(h.hasCond(j, 'Failed', 'DeadlineExceeded').lastTransitionTime)], [600, 761], 'conditions');
    h.eq([j.status.failed, j.status.terminating, j.status.active ?? 0], [2, 0, 0], 'final counters');
    h.eq(h.events({ kind: 'Job' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [['SuccessfulCreate', 0], ['SuccessfulCreate', te + 1], ['SuccessfulDelete', 600], ['DeadlineExceeded', 761]], 'Job events');
    h.eq(jobTrace(scenario, 'j').filter((x) => x[0] >= te).map((x) => x.slice(0, 7)), [
      [te + 1, 1, 0, 0, 1, 1, ''],
      [600, 0, 0, 0, 2, 2, 'FailureTarget'],
      [601, 0, 0, 0, 2, 1, 'FailureTarget'],
      [761, 0, 0, 0, 2, 0, 'FailureTarget,Failed'],
    ], 'status [t, active, ready, succeeded, failed, terminating, conds]');
  },
};
