// As oos-no-pfp-counted-once, with podReplacementPolicy: Failed: the evicted pod (95s) is terminating, not failed:
// status.terminating 1 and no replacement until the pod GC pass at 100s marks it Failed; the Job counts it and
// creates the replacement in the batched sync at 101s (backoff from Ready=False at 60s elapsed).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: oos2}
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
  podReplacementPolicy: Failed
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
  id: 'podgc/oos-replacement-policy-failed',
  source: 'podgc gc_controller.go gcTerminating -> markFailedAndDeletePod; job_controller.go onlyReplaceFailedPods / isPodFailed, status.terminating (JobPodReplacementPolicy)',
  scenario,
  check(r, h) {
    const [p, q, ...rest] = h.podsOf('j');
    h.eq(rest.length, 0, 'two pods');
    h.eq(p.status.phase, 'Failed', 'Failed by the pod GC');
    h.eq(h.sec(q.metadata.creationTimestamp), 101, 'replacement after the pod GC pass');
    const job = h.job('j');
    h.eq([job.status.failed, job.status.terminating, job.status.active], [1, 0, 1], '[failed, terminating, active]');
    const dir = mkdtempSync(join(tmpdir(), 'pg-'));
    const file = join(dir, 's.yaml'), trace = join(dir, 't.jsonl');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '-o', 'summary', '--trace', trace], { encoding: 'utf8' });
    h.eq(out.status, 0, 'exit status');
    const rows = readFileSync(trace, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
      .filter((x) => x.type === 'object' && x.kind === 'Job' && h.sec(x.t) >= 90)
      .map((x) => [h.sec(x.t), x.object.status.active ?? 0, x.object.status.terminating ?? 0, x.object.status.failed ?? 0]);
    h.eq(rows, [[96, 0, 1, 0], [101, 1, 0, 1]], 'Job status: terminating while stuck, counted after the pod GC');
  },
};
