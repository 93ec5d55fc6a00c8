// A running pod on a node that goes down (2m) and comes back (6m): MarkPodsNotReady sets its Ready=False at the
// Unknown transition U, the Job controller (pod update batched 1s) writes status.ready 0 at U+1s; when the kubelet
// is back it posts Ready=True (6m) and status.ready returns to 1 at 6m1s. Seen in the --trace stream.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: rd}
spec:
  duration: 10m
  cluster:
    nodePools:
    - {name: w, count: 2}
  faults:
  - {at: 2m, nodeDown: w-1, for: 4m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'faults/nodedown-job-ready-count',
  source: 'pkg/controller/util/node/controller_utils.go MarkPodsNotReady; job_controller.go updatePod (enqueueSyncJobBatched 1s), syncJob (status.ready = countReadyPods)',
  scenario,
  check(r, h) {
    const pod = h.podsOf('j')[0];
    const ready = pod.status.conditions.find((c) => c.type === 'Ready');
    h.eq([ready.status, h.sec(ready.lastTransitionTime)], ['True', 360], 'pod Ready again when the kubelet is back');
    const u = h.sec(h.get('Node', 'w-1').status.conditions.find((c) => c.type === 'Ready').lastTransitionTime);
    h.eq(u, 360, 'node Ready=True from 6m');
    const nr = h.events({ kind: 'Pod', reason: 'NodeNotReady' });
    h.eq(nr.map((e) => [e.type, e.message]), [['Warning', 'Node is not ready']], 'pod NodeNotReady event');
    const unknownAt = h.sec(nr[0].firstTimestamp);
    const dir = mkdtempSync(join(tmpdir(), 'rd-'));
    const f = join(dir, 'rd.yaml');
    const t = join(dir, 'rd.jsonl');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary', '--trace', t], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit');
    const lines = readFileSync(t, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const readySeries = [];
    for (const l of lines) {
      if (l.type !== 'object' || l.kind !== 'Job') continue;
      const v = l.object.status?.ready ?? 0;
      if (readySeries.length === 0 || readySeries[readySeries.length - 1][1] !== v) readySeries.push([h.sec(l.t), v]);
    }
    h.eq(readySeries.filter(([s]) => s > 60), [[unknownAt + 1, 0], [361, 1]], 'status.ready changes');
  },
};
