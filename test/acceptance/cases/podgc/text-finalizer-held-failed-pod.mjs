// kubectl's pod STATUS for the orphan the pod GC failed but a user finalizer keeps: phase Failed with a
// deletionTimestamp is not "Terminating" (printPod only says Terminating for non-terminal phases) and its container,
// reported running and ready by the kubelet before the node went away, still counts in READY: "1/1   Failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: q8}
spec:
  duration: 5m
  cluster:
    nodePools: [{name: w, count: 2}]
  faults:
  - {at: 110s, deleteNode: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 0
  template:
    metadata:
      finalizers: [example.com/hold]
      annotations: {jobsim/duration: "1h"}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'podgc/text-finalizer-held-failed-pod',
  source: 'kubectl pkg/printers/internalversion/printers.go printPod (DeletionTimestamp && !IsPodPhaseTerminal -> Terminating; ready containers counted from containerStatuses)',
  scenario,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const dir = mkdtempSync(join(tmpdir(), 'pg-'));
    const file = join(dir, 's.yaml');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '-o', 'text'], { encoding: 'utf8' });
    h.eq(out.status, 0, 'exit status');
    const line = out.stdout.split('\n').find((l) => l.startsWith(`pod/${p.metadata.name} `));
    h.assert(line !== undefined, 'pod row in the table');
    h.eq(line.trim().split(/\s+/).slice(1, 4), ['1/1', 'Failed', '0'], 'READY STATUS RESTARTS');
  },
};
