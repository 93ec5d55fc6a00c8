// w-1 (out-of-service:NoSchedule, tolerated) goes down at 10s and is Ready=Unknown from 60s. The controller manager is
// down from 70s to 130s; an Eviction API call at 100s (the API server still works) leaves the pod terminating on the
// dead node. The pod GC that comes back runs its first pass at once (130s): the pod is on a not-Ready out-of-service
// node, so it is marked Failed and force-deleted then; the pod goes once the Job controller (back at 130s too) drops
// its job-tracking finalizer, at 130s or in the batched sync at 131s (same-instant order).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: q14}
spec:
  duration: 4m
  cluster:
    nodePools:
    - name: w
      count: 1
      taints: [{key: node.kubernetes.io/out-of-service, value: nodeshutdown, effect: NoSchedule}]
    - {name: x, count: 1}
  faults:
  - {at: 10s, nodeDown: w-1}
  - {at: 70s, controllerDown: all, for: 60s}
  - {at: 100s, evictPod: default/j-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  podFailurePolicy:
    rules:
    - {action: Ignore, onPodConditions: [{type: DisruptionTarget}]}
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      tolerations: [{key: node.kubernetes.io/out-of-service, operator: Exists, effect: NoSchedule}]
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'podgc/outage-all-oos-pass-at-return',
  source: 'podgc gc_controller.go Run (wait.UntilWithContext: gc at once on start), gcTerminating; README Outages',
  scenario,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq([p.metadata.name, p.status.phase], ['j-bn7wn', 'Failed'], 'pod failed by the pod GC');
    const dir = mkdtempSync(join(tmpdir(), 'pg-'));
    const file = join(dir, 's.yaml'), trace = join(dir, 't.jsonl');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '-o', 'summary', '--trace', trace], { encoding: 'utf8' });
    h.eq(out.status, 0, 'exit status');
    const rows = readFileSync(trace, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
      .filter((x) => x.type === 'object' && x.kind === 'Pod' && x.name === 'j-bn7wn' && (x.op === 'DELETED' || x.object.status.phase === 'Failed'))
      .map((x) => [h.sec(x.t), x.op]);
    h.eq(rows[0], [130, 'MODIFIED'], 'failed at the return');
    h.assert(rows.length === 2 && rows[1][1] === 'DELETED' && rows[1][0] >= 130 && rows[1][0] <= 131, `removed at 130-131s: ${JSON.stringify(rows)}`);
  },
};
