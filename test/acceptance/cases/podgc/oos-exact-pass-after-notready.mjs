// w-1 (out-of-service:NoSchedule, tolerated) stops answering at 20s; the Job is deleted at 30s: its pod is deleted
// (grace 30) and stays Terminating. w-1 is still Ready (its lease is fresh) at the 40s and 60s passes: gcTerminating
// needs a not-Ready node. Ready=Unknown at 70s (NodeNotReady); the next pass, 80s, marks the pod Failed and
// force-deletes it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: oos3}
spec:
  duration: 3m
  cluster:
    nodePools:
    - name: w
      count: 1
      taints: [{key: node.kubernetes.io/out-of-service, value: nodeshutdown, effect: NoSchedule}]
    - {name: x, count: 1}
  faults:
  - {at: 20s, nodeDown: w-1}
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
      nodeSelector: {kubernetes.io/hostname: w-1}
      tolerations: [{key: node.kubernetes.io/out-of-service, operator: Exists, effect: NoSchedule}]
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'podgc/oos-exact-pass-after-notready',
  source: 'podgc gc_controller.go gcTerminating (!nodeutil.IsNodeReady(node) && TaintKeyExists(out-of-service)); gcCheckPeriod 20s',
  scenario,
  check(r, h) {
    const p = h.of('Pod')[0];
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Node' }).map((e) => h.sec(e.firstTimestamp)), [70], 'NotReady at 70s');
    h.eq(p.status.phase, 'Failed', 'Failed by the pod GC');
    h.eq((p.status.conditions ?? []).filter((c) => c.type === 'DisruptionTarget').length, 0, 'no DisruptionTarget');
    const dir = mkdtempSync(join(tmpdir(), 'pg-'));
    const file = join(dir, 's.yaml'), trace = join(dir, 't.jsonl');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '-o', 'summary', '--trace', trace], { encoding: 'utf8' });
    h.eq(out.status, 0, 'exit status');
    const rows = readFileSync(trace, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
      .filter((x) => x.type === 'object' && x.kind === 'Pod' && (x.op === 'DELETED' || x.object.status.phase === 'Failed'))
      .map((x) => [h.sec(x.t), x.op]);
    h.eq(rows, [[80, 'MODIFIED'], [80, 'DELETED']], 'failed then removed at the 80s pass');
  },
};
