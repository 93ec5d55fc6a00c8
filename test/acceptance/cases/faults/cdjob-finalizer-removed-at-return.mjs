// controllerDown job 5s-60s: the pod finishes at 10s but keeps its batch.kubernetes.io/job-tracking finalizer
// until the Job controller is back and counts it (60s): in the --trace stream, the pod's object changes before
// 60s all still carry the finalizer, and the first change without it is at 60s.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: fin}
spec:
  faults:
  - {at: 5s, controllerDown: job, for: 55s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'faults/cdjob-finalizer-removed-at-return',
  source: 'pkg/controller/job/job_controller.go trackJobStatusAndRemoveFinalizers/flushUncountedAndRemoveFinalizers (finalizer removed only by a sync); README --trace',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'fin-'));
    const f = join(dir, 'fin.yaml');
    const t = join(dir, 'fin.jsonl');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary', '--trace', t], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit');
    const lines = readFileSync(t, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const podChanges = lines.filter((l) => l.type === 'object' && l.kind === 'Pod');
    const has = (o) => (o.metadata.finalizers ?? []).includes('batch.kubernetes.io/job-tracking');
    const firstWithout = podChanges.find((l) => !has(l.object));
    h.eq(h.sec(firstWithout?.t), 60, 'finalizer removed at the return');
    const succeeded = podChanges.find((l) => l.object.status?.phase === 'Succeeded');
    h.eq([h.sec(succeeded?.t), has(succeeded.object)], [10, true], 'Succeeded at 10s with the finalizer');
    const jobChanges = lines.filter((l) => l.type === 'object' && l.kind === 'Job' && h.sec(l.t) >= 5 && h.sec(l.t) < 60);
    h.eq(jobChanges.length, 0, 'no Job write while the controller is down');
  },
};
