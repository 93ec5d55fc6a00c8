// CONTRACT §1 / README: -o summary prints the SimulationResult without items and events, with counts; the metrics
// and counts equal those of -o json for the same scenario (Event count included although no event is kept).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sum}
spec:
  duration: 10m
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  completions: 3
  ttlSecondsAfterFinished: 10
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'printers2/summary-shape',
  source: 'CONTRACT.md §1 (-o summary: the same document without items and events, with counts)',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'p2-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary'], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit');
    const s = JSON.parse(p.stdout);
    h.eq(Object.keys(s), ['apiVersion', 'kind', 'metadata', 'spec', 'metrics', 'counts'], 'summary keys');
    h.eq([s.apiVersion, s.kind, s.metadata, s.spec], [r.apiVersion, r.kind, r.metadata, r.spec], 'envelope');
    h.eq(s.counts, r.counts, 'counts');
    h.eq(s.counts.Event, r.events.length, 'Event count = events of -o json');
    h.eq([s.counts.Job, s.counts.Pod], [1, 3], 'objects created');
    h.eq(s.metrics, r.metrics, 'metrics');
  },
};
