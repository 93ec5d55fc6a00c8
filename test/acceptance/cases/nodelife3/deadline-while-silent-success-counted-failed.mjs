// activeDeadlineSeconds 60 passes while the pod's kubelet is silent (20s-2m) and its container has in fact already
// exited 0 (at 40s), which nobody knows yet. At 60s the Job controller sees a running pod: FailureTarget
// DeadlineExceeded, the pod deleted and counted failed at once (finished Job: every non-terminated pod counts failed),
// terminating 1. When the kubelet is back (2m) it reports the pod Succeeded (exit 0, finishedAt 40s), but the pod was
// already counted (its tracking finalizer gone): succeeded stays 0, failed 1; Failed at 121s, no Complete.
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
  - { at: 20s, nodeDown: w-1, for: 100s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  activeDeadlineSeconds: 60
  template:
    metadata: { annotations: { jobsim/duration: "40s" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`;
export default {
  id: 'nodelife3/deadline-while-silent-success-counted-failed',
  source: 'pkg/controller/job/job_controller.go syncJob (pastActiveDeadline, deleteActivePods), trackJobStatusAndRemoveFinalizers ("When the job is considered finished, every non-terminated pod is considered failed"; pods without the tracking finalizer are skipped later), enactJobFinished (Failed once terminating is 0); kubelet status manager reporting on return',
  scenario,
  check(r, h) {
    const [p] = h.podsOf('j');
    h.eq(h.podsOf('j').length, 1, 'one pod');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([p.status.phase, t.exitCode, h.sec(t.finishedAt), h.sec(p.metadata.deletionTimestamp)], ['Succeeded', 0, 40, 90], 'pod reported Succeeded on return, deleted at the deadline (grace 30)');
    h.eq((p.metadata.finalizers ?? []).length, 0, 'no finalizer left');
    const j = h.job('j');
    h.noCond(j, 'Complete');
    const ft = h.hasCond(j, 'FailureTarget', 'DeadlineExceeded');
    const f = h.hasCond(j, 'Failed', 'DeadlineExceeded');
    h.eq([h.sec(ft.lastTransitionTime), h.sec(f.lastTransitionTime), f.message], [60, 121, 'Job was active longer than specified deadline'], 'conditions');
    h.eq([j.status.succeeded ?? 0, j.status.failed, j.status.terminating, j.status.completionTime ?? null], [0, 1, 0, null], 'final status');
    h.eq(h.events({ kind: 'Job' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [['SuccessfulCreate', 0], ['SuccessfulDelete', 60], ['DeadlineExceeded', 121]], 'Job events');
    h.eq(jobTrace(scenario, 'j').filter((x) => x[0] >= 60).map((x) => x.slice(0, 7)), [
      [60, 0, 0, 0, 1, 1, 'FailureTarget'],
      [121, 0, 0, 0, 1, 0, 'FailureTarget,Failed'],
    ], 'status [t, active, ready, succeeded, failed, terminating, conds]');
  },
};
