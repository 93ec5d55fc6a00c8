// Capacity planning, nightly batch: a CronJob at 02:00 for 3 days whose Job needs 4 pods of 1 CPU for
// 1h, on a pool of 2 nodes of 1 CPU. Each night two pods run [02:00:00.1, 03:00:00.1) and two wait and
// run [03:00:00.1, 04:00:00.1); the Job is Complete 1s later (status batching): every duration is
// exactly 7201s, the last Job finishes at 2d 02:00 + 7201.1s. Waits: 6 x 0 and 6 x 3600 (nearest rank p50 =
// 6th = 0, p95 = 12th = 3600). Pending 2 pods for 1h each night: mean 3*2*3600/259200; requested CPU
// 2000m for 2h each night: mean 167m of 2000m (0.0833), peak 2000 = the pool's allocatable.
const cj = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nightly}
spec:
  duration: 3d
  cluster:
    nodePools:
      - name: w
        count: 2
        capacity: {cpu: "1", memory: 4Gi, pods: 110}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: etl}
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      completions: 4
      parallelism: 4
      template:
        metadata: {annotations: {jobsim/duration: "1h"}}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: x, resources: {requests: {cpu: "1", memory: 1Gi}}}]
`;
export default {
  id: 'metrics/cron-nightly-two-nodes',
  source: 'README metrics table (jobs.durationSeconds, lastFinishedAt, pods.schedulingWaitSeconds, pendingMean, pools.*); reference cronjob-and-friends (requeue 100ms after the schedule time); job-controller 1s status batching',
  scenario: cj,
  check(r, h) {
    const m = r.metrics;
    h.eq([m.jobs.complete, m.jobs.failed], [3, 0], 'jobs complete/failed');
    h.eq(m.jobs.durationSeconds, { p50: 7201, p95: 7201, p99: 7201, max: 7201 }, 'durations');
    h.eq(m.jobs.lastFinishedAt, 2 * 86400 + 7200 + 7201.1, 'lastFinishedAt');
    h.eq([m.pods.succeeded, m.pods.failed], [12, 0], 'pods');
    h.eq(m.pods.schedulingWaitSeconds, { p50: 0, p95: 3600, max: 3600 }, 'scheduling wait');
    h.eq([m.pods.pendingPeak, m.pods.pendingMean], [2, Math.round(3 * 2 * 3600 / 259200 * 1e4) / 1e4], 'pending peak/mean');
    const w = m.pools.w;
    h.eq([w.cpuCapacityMilli, w.cpuRequestedPeakMilli, w.cpuRequestedMeanMilli, w.cpuUtilization], [2000, 2000, 167, 0.0833], 'cpu');
    h.eq([w.memoryRequestedPeakBytes, w.memoryRequestedMeanBytes], [2 * 2 ** 30, Math.round(3 * 2 * 2 ** 30 * 7200 / 259200)], 'memory');
    const nonZero = w.series.cpuRequestedMilli.filter(([, v]) => v > 0);
    h.eq(nonZero, [[7200, 2000], [93600, 2000], [180000, 2000]], 'cpu series: 2000 from 02:00 each night');
    const drops = w.series.cpuRequestedMilli.filter(([, v]) => v === 0 && true).map(([t]) => t).filter((t) => t > 0);
    h.eq(drops, [14401, 100801, 187201], 'cpu drops to 0 in the bucket after 04:00:00.1, shown at the next bucket');
  },
};
