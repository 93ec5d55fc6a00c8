// README "The text report": the metrics end with sparklines of requested CPU and pending pods over time. A pool
// whose only cpu is requested from the first instant to the end (series [[0,1000]]) and two pods pending the whole
// run (pendingSeries [[0,2]], pendingPeak 2) must still get their lines: 48 full bars each. jobsim prints a
// sparkline only for a series of more than one point, so a run that is busy (or blocked) throughout shows none.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: busy}
spec:
  duration: 10m
  cluster:
    nodePools:
      - {name: w, count: 1, capacity: {cpu: "1", memory: 1Gi, pods: 10}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: busy}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      containers: [{name: c, image: busybox, resources: {requests: {cpu: "1"}}}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: huge}
spec:
  parallelism: 2
  template:
    spec:
      containers: [{name: c, image: busybox, resources: {requests: {cpu: "50"}}}]
      restartPolicy: Never
`;
export default {
  id: 'printers2/sparkline-constant-series',
  source: 'README "The text report" (metrics with sparklines of requested CPU and pending pods over time); README metrics table (pendingSeries, pools.NAME.series)',
  scenario,
  check(r, h) {
    h.eq(r.metrics.pools.w.cpuRequestedPeakMilli, 1000, 'cpu peak');
    h.eq(r.metrics.pods.pendingPeak, 2, 'pending peak');
    const dir = mkdtempSync(join(tmpdir(), 'p2-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const lines = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f], { encoding: 'utf8' }).stdout.split('\n');
    const full = `|${'█'.repeat(48)}|`;
    h.eq(lines.find((l) => l.startsWith('  pool w:')), '  pool w: cpu requested 100.0% of 1 cores on average (peak 1), memory 0.0%', 'pool line');
    h.eq(lines.find((l) => l.includes('cpu requested over time')), `    cpu requested over time  ${full}`, 'cpu sparkline');
    h.eq(lines.find((l) => l.includes('pending pods over time')), `  pending pods over time     ${full}  (peak 2)`, 'pending sparkline');
  },
};
