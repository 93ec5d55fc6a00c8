// Suspended while its pod sits on a silent node. w-1 stops answering at 30s (back at 5m30s); the Job is suspended at
// 2m: the pod is let go (tracking finalizer removed, then deleted: never counted) and stays Terminating (active 0,
// terminating 1), Suspended=True at 2m. The kubelet, back at 330s, stops it (143, Failed) and it is removed at once;
// its planned taint eviction is cancelled with the pod ("Cancelling deletion"). The Job writes terminating 0 at 331s,
// failed stays 0. Resumed at 7m: JobResumed, startTime reset to 7m, a new pod at once.
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
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 30s, nodeDown: w-1, for: 5m }
  timeline:
  - { at: 2m, patch: { kind: Job, name: j, spec: { suspend: true } } }
  - { at: 7m, patch: { kind: Job, name: j, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`;
export default {
  id: 'nodelife3/suspend-pod-on-silent-node-killed-on-return',
  source: 'pkg/controller/job/job_controller.go manageJob (suspended: deleteJobPods removes the tracking finalizer before the DELETE; terminating += removed), syncJob (Suspended/JobSuspended, Resumed resets startTime); controller.CountTerminatingPods; taint_eviction.go handlePodUpdate (pod gone: cancelWorkWithEvent "Cancelling deletion of Pod")',
  scenario,
  check(r, h) {
    const [old, neu] = h.podsOf('j');
    h.eq([old.status.phase, h.exitCodeOf(old), h.sec(old.status.containerStatuses[0].state.terminated.finishedAt), h.sec(old.metadata.deletionTimestamp)], ['Failed', 143, 330, 150], 'old pod stopped by the returning kubelet');
    h.eq((old.metadata.finalizers ?? []).length, 0, 'finalizer removed at the suspension');
    h.noCond(old, 'DisruptionTarget');
    h.eq(h.events({ name: old.metadata.name, reason: 'TaintManagerEviction' }).map((e) => [e.message, h.sec(e.firstTimestamp)]), [[`Cancelling deletion of Pod default/${old.metadata.name}`, 330]], 'planned eviction cancelled with the pod');
    h.eq(h.sec(neu.metadata.creationTimestamp), 420, 'new pod at the resume');
    const j = h.job('j');
    const s = h.anyCond(j, 'Suspended');
    h.eq([s.status, s.reason, s.message, h.sec(s.lastTransitionTime), h.sec(j.status.startTime)], ['False', 'JobResumed', 'Job resumed', 420, 420], 'resumed, startTime reset');
    h.eq(h.events({ kind: 'Job' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [['SuccessfulCreate', 0], ['SuccessfulDelete', 120], ['Suspended', 120], ['SuccessfulCreate', 420], ['Resumed', 420]], 'Job events');
    const nr = h.events({ kind: 'Node', name: 'w-1', reason: 'NodeNotReady' }).map((e) => h.sec(e.firstTimestamp))[0];
    h.eq(jobTrace(scenario, 'j').filter((x) => x[0] > 1).map((x) => x.slice(0, 7)), [
      [nr + 1, 1, 0, 0, 0, 0, ''],
      [120, 0, 0, 0, 0, 1, 'Suspended'],
      [331, 0, 0, 0, 0, 0, 'Suspended'],
      [420, 1, 0, 0, 0, 0, ''],
      [421, 1, 1, 0, 0, 0, ''],
    ], 'status [t, active, ready, succeeded, failed, terminating, true conds]');
  },
};
