// An unschedulable pod (nodeSelector matches no node) with a user finalizer; the Job is deleted at 30s (background).
// The garbage collector deletes the pod: never bound, so the API server uses grace 0 (deletionTimestamp 30s); the
// Job controller removes its job-tracking finalizer from the orphan, example.com/hold keeps the pod. The pod GC's
// gcUnscheduledTerminating at the 40s pass marks it Failed (no condition) and repeats the grace-0 delete.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: p8}
spec:
  duration: 2m
  timeline:
  - {at: 30s, delete: {kind: Job, name: j}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {finalizers: [example.com/hold]}
    spec:
      nodeSelector: {nowhere: "true"}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'podgc/unscheduled-user-finalizer-job-deleted',
  source: 'podgc gc_controller.go gcUnscheduledTerminating (DeletionTimestamp != nil && NodeName == "") -> markFailedAndDeletePod (condition nil); registry/core/pod/strategy.go CheckGracefulDelete (unscheduled: 0); job_controller.go syncOrphanPod',
  scenario,
  check(r, h) {
    const p = h.of('Pod')[0];
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.metadata.finalizers, p.spec.nodeName], ['Failed', 30, 0, ['example.com/hold'], undefined], 'pod');
    h.eq(p.status.conditions.map((c) => [c.type, c.status, c.reason]), [['PodScheduled', 'False', 'Unschedulable']], 'no condition added by the pod GC');
    const dir = mkdtempSync(join(tmpdir(), 'pg-'));
    const file = join(dir, 's.yaml'), trace = join(dir, 't.jsonl');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '-o', 'summary', '--trace', trace], { encoding: 'utf8' });
    h.eq(out.status, 0, 'exit status');
    const rows = readFileSync(trace, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
      .filter((x) => x.type === 'object' && x.kind === 'Pod' && h.sec(x.t) >= 30)
      .map((x) => [h.sec(x.t), x.op, x.object.status.phase, (x.object.metadata.finalizers ?? []).length]);
    h.eq(rows[rows.length - 1], [40, 'MODIFIED', 'Failed', 1], 'last change: Failed at the 40s pass');
    h.eq(rows.filter((x) => x[2] === 'Failed').length, 1, 'one change to Failed');
    h.eq(r.metrics.pods.failed, 1, 'pods.failed counts it');
  },
};
