// The text report's pool line counts a pod by its pod-level requests (cpu 3, memory 2Gi; the container asks 100m):
// held for the first 60s of a 120s run on a 4-cpu, 8Gi node: 37.5% of 4 cores on average, peak 3, memory 12.5%.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 2m
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "4", memory: 8Gi, pods: 110}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1m"}}
    spec:
      resources: {requests: {cpu: "3", memory: 2Gi}}
      containers: [{name: c, image: busybox, resources: {requests: {cpu: 100m}}}]
      restartPolicy: Never
`;
export default {
  id: 'podlevel/text-metrics-pod-level-requests',
  source: 'component-helpers resource/helpers.go PodRequests (pod-level requests replace the aggregate); README "The text report" (metrics: requested CPU over allocatable) and "a pod\'s own spec.resources ... wherever requests count: ... the metrics"',
  scenario,
  check(r, h) {
    h.eq(r.metrics.pools.w.cpuRequestedPeakMilli, 3000, 'json peak');
    const dir = mkdtempSync(join(tmpdir(), 'podlevel-'));
    const file = join(dir, 't.yaml');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '-o', 'text'], { encoding: 'utf8' });
    const line = out.stdout.split('\n').find((l) => l.trim().startsWith('pool w:'));
    h.eq(line?.trim(), 'pool w: cpu requested 37.5% of 4 cores on average (peak 3), memory 12.5%', 'pool line');
  },
};
