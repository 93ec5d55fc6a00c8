// The same nightly CronJob as cron-nightly-two-nodes on 4 nodes of 1 CPU: all four pods run at once,
// no pod waits: every Job takes 3601s (02:00:00.1 to 03:00:01.1), p95 = 3601, the last Job finishes at
// 2d 02:00 + 3601.1s; pending never above 0; the pool peaks at its 4000m allocatable (utilization
// 3*4000*3600/259200/4000 = 0.0417). "How many nodes so that the nightly Job finishes by 03:30?" -> 4.
const cj = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nightly}
spec:
  duration: 3d
  cluster:
    nodePools:
      - name: w
        count: 4
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
  id: 'metrics/cron-nightly-four-nodes',
  source: 'README metrics table; reference cronjob-and-friends (Job created 100ms after the schedule time)',
  scenario: cj,
  check(r, h) {
    const m = r.metrics;
    h.eq(m.jobs.durationSeconds, { p50: 3601, p95: 3601, p99: 3601, max: 3601 }, 'durations');
    h.eq(m.jobs.lastFinishedAt, 2 * 86400 + 7200 + 3601.1, 'lastFinishedAt');
    h.eq(m.pods.schedulingWaitSeconds, { p50: 0, p95: 0, max: 0 }, 'no wait');
    h.eq([m.pods.pendingPeak, m.pods.pendingMean], [0, 0], 'never pending');
    const w = m.pools.w;
    h.eq([w.cpuCapacityMilli, w.cpuRequestedPeakMilli, w.cpuUtilization], [4000, 4000, 0.0417], 'cpu');
    h.assert(w.series.cpuRequestedMilli.every(([, v]) => v <= 4000), 'requested never above allocatable');
  },
};
