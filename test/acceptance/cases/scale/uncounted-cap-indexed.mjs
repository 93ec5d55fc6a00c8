// Indexed, 600 pods finished while the controller was down: the first sync adds at most 500 new completed indexes,
// in index order (pods sorted byCompletionIndex): completedIndexes "0-499", succeeded 500; the next sync "0-599".
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
metadata: { name: ix }
spec:
  parallelism: 600
  completions: 600
  completionMode: Indexed
  template:
    metadata: { annotations: { jobsim/duration: "10s" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`;
export default {
  id: 'scale/uncounted-cap-indexed',
  source: 'job_controller.go trackJobStatusAndRemoveFinalizers: sort.Sort(byCompletionIndex(pods)), newSucceededIndexes counted toward MaxUncountedPods (500)',
  timeoutMs: 120000,
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'scale-'));
    writeFileSync(join(dir, 's.yaml'), scenario);
    spawnSync('node_modules/.bin/jobsim', ['run', join(dir, 's.yaml'), '-o', 'summary', '--trace', join(dir, 't.jsonl')], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const seen = [];
    for (const line of readFileSync(join(dir, 't.jsonl'), 'utf8').split('\n')) {
      if (!line.includes('"kind":"Job"')) continue;
      const o = JSON.parse(line);
      if (o.type === 'object' && o.kind === 'Job' && o.op === 'MODIFIED' && h.sec(o.t) >= 35) seen.push(`${h.sec(o.t)} ${o.object.status.completedIndexes} ${o.object.status.succeeded}`);
    }
    h.eq([...new Set(seen)], ['35 0-499 500', '36 0-599 600'], 'completedIndexes and succeeded per sync');
    h.eq(h.sec(h.job('ix').status.completionTime), 36, 'completionTime');
  },
};
