// status.ready of an OnFailure Job follows its pod's Ready condition through the crash loop, one batched sync
// (1s) after each change: the creating sync writes ready 0 at 0s; Ready at 0s -> ready 1 at 1s; the exit at 10s restarts at once (no change); the exit at
// 20s waits 10s (Ready False) -> ready 0 at 21s; restart at 30s -> ready 1 at 31s; exit at 40s (waits 20s) -> 0 at
// 41s; restart at 60s -> 1 at 61s. Seen in the --trace stream; status.active stays 1 throughout.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: tr}
spec: {duration: 65s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`;
export default {
  id: 'onfailure/trace-ready-during-crashloop',
  source: 'job_controller.go updatePod (enqueueSyncJobBatched, 1s), syncJob (needsStatusUpdate when ready changes; ready = countReadyPods(activePods)); kubelet doBackOff',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'oftr-'));
    const f = join(dir, 'tr.yaml'), t = join(dir, 'tr.jsonl');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary', '--trace', t], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit');
    const lines = readFileSync(t, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const series = [];
    const actives = new Set();
    for (const l of lines) {
      if (l.type !== 'object' || l.kind !== 'Job') continue;
      const v = l.object.status?.ready;
      if (v === undefined) continue;
      actives.add(l.object.status?.active ?? 0);
      if (series.length === 0 || series[series.length - 1][1] !== v) series.push([h.sec(l.t), v]);
    }
    h.eq(series, [[0, 0], [1, 1], [21, 0], [31, 1], [41, 0], [61, 1]], 'status.ready changes');
    h.eq([...actives], [1], 'active');
  },
};
