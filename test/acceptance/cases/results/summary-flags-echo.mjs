// CONTRACT §1 -o summary: the SimulationResult without items and events, with counts. With --seed 0 and
// --duration 90m on an hourly CronJob: spec.seed 0 (a valid seed), end = start + 90m, endedBy duration,
// one Job (01:00); the summary has exactly the envelope keys and the metrics of -o json with the same flags.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sf}
spec:
  seed: 12
  duration: 7d
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: hourly}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 5m}}
        spec:
          containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: 250m}}}]
          restartPolicy: Never
`;
export default {
  id: 'results/summary-flags-echo',
  source: 'CONTRACT.md §1 (--seed, --duration, -o summary), §3 (spec, counts)',
  scenario,
  args: ['--seed', '0', '--duration', '90m'],
  check(r, h) {
    h.eq(r.spec, { seed: 0, start: '2026-01-01T00:00:00Z', end: '2026-01-01T01:30:00Z', endedBy: 'duration' }, 'json spec');
    const dir = mkdtempSync(join(tmpdir(), 'sfe-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary', '--seed', '0', '--duration', '90m'], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit');
    const s = JSON.parse(p.stdout);
    h.eq(Object.keys(s), ['apiVersion', 'kind', 'metadata', 'spec', 'metrics', 'counts'], 'summary keys');
    h.eq(s.spec, r.spec, 'summary spec');
    h.eq(s.counts, { CronJob: 1, Job: 1, Pod: 1, Node: 3, Event: r.events.length }, 'counts');
    h.eq(s.metrics, r.metrics, 'metrics');
    h.eq(s.metrics.jobs.durationSeconds.max, 301, '01:00:00.100 + 5m + 1s batching');
    h.eq(s.metrics.pools.node.series.cpuRequestedMilli, [[0, 0], [3600, 250], [3901, 0]], 'cpu series: requested over [01:00:00.1, 01:05:00.1): the 3900s bucket still held 250 for 100ms');
  },
};
