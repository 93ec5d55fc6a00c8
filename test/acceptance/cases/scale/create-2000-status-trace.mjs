// The Job's status.active after each sync of a parallelism-2000 Job: 500, 1000, 1500, 2000 at +0s..+3s (--trace).
import { spawnSync } from 'node:child_process';
import { writeFileSync, readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 10s
  cluster:
    nodePools:
    - { name: w, count: 20, capacity: { cpu: "64", memory: 256Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: big }
spec:
  parallelism: 2000
  completions: 2000

  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`;
export default {
  id: 'scale/create-2000-status-trace',
  source: 'job_controller.go syncJob: active += diff after manageJob, status written each sync; MaxPodCreateDeletePerSync 500; syncJobBatchPeriod 1s',
  args: ['--duration', '1s'],
  timeoutMs: 120000,
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'scale-'));
    writeFileSync(join(dir, 's.yaml'), scenario);
    const p = spawnSync('node_modules/.bin/jobsim', ['run', join(dir, 's.yaml'), '-o', 'summary', '--trace', join(dir, 't.jsonl')], { encoding: 'utf8', maxBuffer: 1 << 28 });
    h.eq(p.status, 0, 'exit');
    const seen = [];
    for (const line of readFileSync(join(dir, 't.jsonl'), 'utf8').split('\n')) {
      if (!line.includes('"kind":"Job"')) continue;
      const o = JSON.parse(line);
      if (o.type === 'object' && o.kind === 'Job' && o.op === 'MODIFIED') seen.push([h.sec(o.t), o.object.status.active]);
    }
    h.eq(seen.filter(([, a]) => a !== undefined).slice(0, 4), [[0, 500], [1, 1000], [2, 1500], [3, 2000]], 'status.active per sync');
  },
};
