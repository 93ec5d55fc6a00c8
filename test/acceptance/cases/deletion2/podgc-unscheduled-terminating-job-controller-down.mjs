// An unschedulable pod (requests 100 cpu) whose Job is deleted at 10s while the Job controller is down (5s-2m05s): the
// garbage collector deletes it with grace 0 (never bound: deletionTimestamp 10s), but the job-tracking finalizer holds it.
// The pod GC's next pass (20s) finds an unscheduled terminating pod and marks it Failed (no condition added: plain
// markFailedAndDeletePod) before its force delete, which the finalizer still blocks. When the Job controller is back
// (2m05s) the orphan pod loses its finalizer and is removed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 5m
  faults:
  - {at: 5s, controllerDown: job, for: 2m}
  timeline:
  - {at: 10s, delete: {kind: Job, name: big}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: big}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox, resources: {requests: {cpu: "100"}}}]
      restartPolicy: Never
`;
export default {
  id: 'deletion2/podgc-unscheduled-terminating-job-controller-down',
  source: 'pkg/controller/podgc/gc_controller.go gcUnscheduledTerminating -> markFailedAndDeletePod (condition nil: phase Failed only; Delete with grace 0); job_controller.go addPod/deletePod -> syncOrphanPod on return; pod strategy CheckGracefulDelete (no nodeName: 0)',
  scenario,
  check(r, h) {
    const p = h.podsOf('big')[0];
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.metadata.finalizers, p.spec.nodeName], [10, 0, undefined, undefined], 'deleted unscheduled');
    h.eq(p.status.phase, 'Failed', 'marked Failed by the pod GC');
    h.eq((p.status.conditions ?? []).map((c) => [c.type, c.status, c.reason]), [['PodScheduled', 'False', 'Unschedulable']], 'no DisruptionTarget for an unscheduled pod');
    const dir = mkdtempSync(join(tmpdir(), 'd2-'));
    const file = join(dir, 's.yaml');
    const trace = join(dir, 't.jsonl');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '-o', 'summary', '--trace', trace], { encoding: 'utf8' });
    h.eq(out.status, 0, 'exit status');
    const rows = readFileSync(trace, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
      .filter((x) => x.type === 'object' && x.kind === 'Pod' && x.t >= '2026-01-01T00:00:10Z')
      .map((x) => [h.sec(x.t), x.op, x.object.status.phase]);
    h.eq(rows, [[10, 'MODIFIED', 'Pending'], [20, 'MODIFIED', 'Failed'], [125, 'DELETED', 'Failed']], 'pod changes');
  },
};
