// The writes of kubectl delete job (background) on a running Job, from the trace, all at 30s: the Job has no finalizer,
// so it is removed at once (one DELETED, no MODIFIED first); its pod loses the job-tracking finalizer (Job controller,
// orphan pod) and gets deletionTimestamp 1m with generation 2 (garbage collector, grace 30), the kubelet records Killing,
// reports the pod Failed, and the pod is removed. No Job controller event.
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
  timeline:
  - {at: 30s, delete: {kind: Job, name: j}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'deletion2/background-delete-trace',
  source: 'registry store.go Delete (no finalizers, not graceful: errDeleteNow, a single DELETED watch event); garbagecollector attemptToDeleteItem; job_controller.go deleteJob -> cleanupPodFinalizers; rest/delete.go BeforeDelete (generation+1); kubelet killContainer',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'd2-'));
    const file = join(dir, 's.yaml');
    const trace = join(dir, 't.jsonl');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '-o', 'summary', '--trace', trace], { encoding: 'utf8' });
    h.eq(out.status, 0, 'exit status');
    const lines = readFileSync(trace, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((x) => x.t >= '2026-01-01T00:00:30Z' && (x.type === 'event' || x.kind !== 'Node'));
    const jobOps = lines.filter((x) => x.type === 'object' && x.kind === 'Job').map((x) => x.op);
    h.eq(jobOps, ['DELETED'], 'the Job: one DELETED');
    const pod = lines.filter((x) => x.type === 'object' && x.kind === 'Pod').map((x) => x.object);
    const last = pod[pod.length - 1];
    h.eq([h.sec(last.metadata.deletionTimestamp), last.metadata.generation, last.status.phase, last.metadata.finalizers], [60, 2, 'Failed', undefined], 'pod last write');
    h.eq(lines.filter((x) => x.type === 'object' && x.kind === 'Pod').map((x) => x.op).pop(), 'DELETED', 'pod removed');
    h.eq(lines.filter((x) => x.type === 'event').map((x) => [x.event.source.component, x.event.reason]), [['kubelet', 'Killing']], 'only the kubelet reports');
    h.assert(lines.every((x) => h.sec(x.t) === 30), 'all at 30s');
  },
};
