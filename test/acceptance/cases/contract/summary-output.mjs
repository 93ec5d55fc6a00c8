// Contract §1: -o summary prints the same document as -o json without items and events, with counts.
// Checked on a run that deletes objects (CronJob history, TTL), where summary keeps no history.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sum}
spec:
  duration: 6h
  faults:
  - {at: 2h, nodeDown: node-1, for: 20m}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/20 * * * *"
  jobTemplate:
    spec:
      ttlSecondsAfterFinished: 600
      template:
        metadata: {annotations: {jobsim/duration: "3m", jobsim/exit-codes: "1,0"}}
        spec:
          containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: 500m, memory: 1Gi}}}]
          restartPolicy: Never
`;
export default {
  id: 'contract/summary-output',
  source: 'CONTRACT.md §1 (-o summary: the same document without items and events, with counts)',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'sum-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary'], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit');
    const s = JSON.parse(p.stdout);
    h.eq(Object.keys(s), ['apiVersion', 'kind', 'metadata', 'spec', 'metrics', 'counts'], 'summary keys');
    const { items: _i, events: _e, ...rest } = r;
    h.eq(s, rest, 'summary = json without items and events');
    h.eq(s.counts.Event, r.events.length, 'counts.Event');
    for (const k of ['CronJob', 'Job', 'Pod', 'Node']) h.eq(s.counts[k], h.of(k).length, `counts.${k}`);
    h.eq(s.counts.Job, 17, 'counts.Job: slots 00:20 .. 05:40 (not the creation instant 00:00)');
    h.assert(s.counts.Pod >= 34, `at least 2 pods per Job: ${JSON.stringify(s.counts)}`);
  },
};
