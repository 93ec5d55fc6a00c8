// 600 pods finish while the Job controller is down. At its return the sync counts at most 500 of them
// (MaxUncountedPods): succeeded 500 and SuccessCriteriaMet at +35s, and the Job is not finished in that sync;
// the next sync (status/finalizer updates, 1s batch) counts the other 100 and writes Complete at +36s.
import { spawnSync } from 'node:child_process';
import { writeFileSync, readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools:
    - { name: w, count: 20, capacity: { cpu: "64", memory: 256Gi, pods: 110 } }
  faults:
  - { at: 5s, controllerDown: job, for: 30s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: big }
spec:
  parallelism: 600
  completions: 600
  template:
    metadata: { annotations: { jobsim/duration: "10s" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`;
export default {
  id: 'scale/uncounted-cap-controller-down',
  source: 'job_controller.go trackJobStatusAndRemoveFinalizers: break when len(uncounted)+... >= MaxUncountedPods (500), jobFinished := !reachedMaxUncountedPods && enactJobFinished; reference §2.7 last sentence, §13',
  timeoutMs: 120000,
  scenario,
  check(r, h) {
    const j = h.job('big');
    h.eq(j.status.succeeded, 600, 'succeeded');
    h.eq(h.sec(h.anyCond(j, 'SuccessCriteriaMet').lastTransitionTime), 35, 'SuccessCriteriaMet at the first sync');
    h.eq(h.sec(h.anyCond(j, 'Complete').lastTransitionTime), 36, 'Complete one sync later');
    h.eq(h.sec(j.status.completionTime), 36, 'completionTime');
    h.eq(h.events({ kind: 'Job', name: 'big', reason: 'Completed' }).map((e) => h.sec(e.firstTimestamp)), [36], 'Completed event');
    const dir = mkdtempSync(join(tmpdir(), 'scale-'));
    writeFileSync(join(dir, 's.yaml'), scenario);
    const p = spawnSync('node_modules/.bin/jobsim', ['run', join(dir, 's.yaml'), '-o', 'summary', '--trace', join(dir, 't.jsonl')], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const seen = [];
    for (const line of readFileSync(join(dir, 't.jsonl'), 'utf8').split('\n')) {
      if (!line.includes('"kind":"Job"')) continue;
      const o = JSON.parse(line);
      if (o.type === 'object' && o.kind === 'Job' && o.op === 'MODIFIED' && h.sec(o.t) >= 35) seen.push(o.object.status.succeeded ?? 0);
    }
    h.eq([...new Set(seen)], [500, 600], 'status.succeeded after each sync from +35s');
  },
};
