// The only node carries the node.kubernetes.io/out-of-service:NoExecute taint (tolerated by the pod) and stops answering
// at 10s. The Job is deleted at 30s: its pod is deleted (grace 30) and stays Terminating (no kubelet). Once the node is
// NotReady (1m), the pod GC's gcTerminating finds a terminating pod on a not-Ready out-of-service node, marks it Failed
// (no DisruptionTarget: markFailedAndDeletePod passes no condition) and force-deletes it, at its next 20s pass.
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
  cluster:
    nodePools:
    - name: w
      count: 1
      taints: [{key: node.kubernetes.io/out-of-service, value: nodeshutdown, effect: NoExecute}]
  faults:
  - {at: 10s, nodeDown: w-1}
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
      tolerations: [{key: node.kubernetes.io/out-of-service, operator: Exists, effect: NoExecute}]
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'deletion2/podgc-out-of-service-terminating',
  source: 'pkg/controller/podgc/gc_controller.go gcTerminating (NodeOutOfServiceVolumeDetach GA: not-Ready node with the out-of-service taint, pod with DeletionTimestamp) -> markFailedAndDeletePod (condition nil); gcCheckPeriod 20s',
  scenario,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp) >= 30, p.metadata.finalizers], ['Failed', true, undefined], 'pod failed by the pod GC');
    h.eq((p.status.conditions ?? []).filter((c) => c.type === 'DisruptionTarget').length, 0, 'no DisruptionTarget');
    const dir = mkdtempSync(join(tmpdir(), 'd2-'));
    const file = join(dir, 's.yaml');
    const trace = join(dir, 't.jsonl');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '-o', 'summary', '--trace', trace], { encoding: 'utf8' });
    h.eq(out.status, 0, 'exit status');
    const del = readFileSync(trace, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).find((x) => x.type === 'object' && x.kind === 'Pod' && x.op === 'DELETED');
    h.assert(del !== undefined, 'the pod is removed');
    const t = h.sec(del.t);
    h.assert(t >= 60 && t <= 80 && t % 20 === 0, `force-deleted at a pod GC pass once the node is NotReady (60s or 80s): ${t}`);
  },
};
