// The cpu sparkline: 48 columns over the run, each the peak of requested cpu in its slice, scaled to the pool's
// capacity. A CronJob every 2 minutes whose pod requests the whole (1-cpu) pool for 90.5s, plus a 10s Job at the
// start, over 10m: series [[0,1000],[10,0],[120,1000],[211,0],...] gives the bars below; the metrics lines read
// durations truncated to whole seconds (91.5s -> 1m31s) and 100ms below a second.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: steps}
spec:
  duration: 10m
  cluster:
    nodePools:
      - {name: w, count: 1, capacity: {cpu: "1", memory: 1Gi, pods: 10}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: every, namespace: ops}
spec:
  schedule: "*/2 * * * *"
  timeZone: Etc/UTC
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 90500ms}}
        spec:
          containers: [{name: c, image: busybox, resources: {requests: {cpu: "1"}}}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: wait}
spec:
  template:
    spec:
      initContainers: [{name: i, image: busybox}]
      containers: [{name: a, image: busybox, resources: {requests: {cpu: "1"}}}, {name: b, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'printers2/sparkline-steps',
  source: 'README "The text report" (metrics: durations whole seconds, truncated, or milliseconds below a second; sparklines); README metrics table',
  scenario,
  check(r, h) {
    h.eq(r.metrics.pools.w.series.cpuRequestedMilli, [[0, 1000], [10, 0], [120, 1000], [211, 0], [240, 1000], [331, 0], [360, 1000], [451, 0], [480, 1000], [571, 0]], 'cpu series');
    const dir = mkdtempSync(join(tmpdir(), 'p2-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const lines = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f], { encoding: 'utf8' }).stdout.split('\n');
    const m = lines.slice(lines.indexOf('Metrics:') + 1).filter(Boolean);
    h.eq(m, [
      '  jobs: 5 complete, 0 failed; duration p50 1m31s, p95 1m31s, max 1m31s',
      '  pods: 5 succeeded, 0 failed; wait for a node p50 0s, p95 0s, max 0s; pending peak 0, mean 0',
      '  pool w: cpu requested 62.0% of 1 cores on average (peak 1), memory 0.0%',
      '    cpu requested over time  |█        ████████  ████████ █████████ ████████  |',
      '  cronjob ops/every: 4 complete, 0 failed; finished after the scheduled time p50 1m31s, p95 1m31s, max 1m31s; started late p95 100ms, max 100ms',
      `  objects created: CronJob 1, Job 5, Pod 5, Node 1, Event ${r.events.length}`,
    ], 'metrics lines');
  },
};
