// w-1 carries node.kubernetes.io/out-of-service:NoSchedule (tolerated) and goes down at 10s: Ready=Unknown at 60s,
// unreachable NoExecute taint at 65s, the pod tolerates it for 30s: taint eviction at 95s (DisruptionTarget
// DeletionByTaintManager, graceful delete, stuck Terminating). Without podFailurePolicy the Job counts it failed at once
// (deletionTimestamp set) and replaces it at 96s (backoff from the Ready=False time, 60s, elapsed). The pod GC pass at
// 100s (terminating pod, not-Ready out-of-service node) patches it Failed with no new condition and force-deletes it;
// the Job does not count it a second time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: oos1}
spec:
  duration: 5m
  cluster:
    nodePools:
    - name: w
      count: 1
      taints: [{key: node.kubernetes.io/out-of-service, value: nodeshutdown, effect: NoSchedule}]
    - {name: x, count: 1}
  faults:
  - {at: 10s, nodeDown: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      tolerations:
      - {key: node.kubernetes.io/out-of-service, operator: Exists, effect: NoSchedule}
      - {key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 30}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'podgc/oos-no-pfp-counted-once',
  source: 'podgc gc_controller.go gcTerminating -> markFailedAndDeletePod (condition nil); job_controller.go isPodFailed (deletionTimestamp, TerminatingOrFailed), uncounted/counted pods are not counted twice; reference cronjob-and-friends §5.3-5.5',
  scenario,
  check(r, h) {
    const [p, q, ...rest] = h.podsOf('j');
    h.eq(rest.length, 0, 'two pods');
    h.eq(h.events({ reason: 'TaintManagerEviction', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [95], 'evicted at 95s');
    h.eq(p.status.phase, 'Failed', 'Failed by the pod GC');
    h.eq((p.status.conditions ?? []).filter((c) => c.type === 'DisruptionTarget').map((c) => [c.reason, h.sec(c.lastTransitionTime)]), [['DeletionByTaintManager', 95]], 'DisruptionTarget of the taint manager kept');
    h.eq(h.sec(q.metadata.creationTimestamp), 96, 'replacement counted at the eviction');
    h.eq(h.job('j').status.failed, 1, 'counted once');
    const dir = mkdtempSync(join(tmpdir(), 'pg-'));
    const file = join(dir, 's.yaml'), trace = join(dir, 't.jsonl');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '-o', 'summary', '--trace', trace], { encoding: 'utf8' });
    h.eq(out.status, 0, 'exit status');
    const del = readFileSync(trace, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((x) => x.type === 'object' && x.kind === 'Pod' && x.name === p.metadata.name && x.op === 'DELETED');
    h.eq(del.map((x) => h.sec(x.t)), [100], 'removed at the 100s pass');
  },
};
