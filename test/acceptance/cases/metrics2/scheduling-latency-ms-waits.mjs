// Waits and pending to the millisecond with latencies (scheduling 1500ms, image pull 2s, container start
// 500ms). One 2-CPU node, Job of 3 pods (1 CPU, 10s) created at 0: two bind at 1.5s and end at 14s
// (1.5+2+0.5+10); the third is refused, retried when one ends, binds at 15.5 (14 + 1.5) and ends at 28.
// Waits {1.5, 1.5, 15.5}: p50 1.5, p95 15.5. Pending: 3 over [0,1.5), 1 over [1.5,15.5): area 18.5,
// peak 3, series [[0,3],[2,1],[16,0]] (each 1s bucket's largest value, a drop shown from the next bucket).
// CPU: 2000m over [1.5,14) + 1000m over [15.5,28) = 37500 m*s; series [[0,0],[1,2000],[14,0],[15,1000],[28,0]].
// Job Complete at 29; means over the quiet run's length.
export default {
  id: 'metrics2/scheduling-latency-ms-waits',
  source: 'README metrics table: pods.schedulingWaitSeconds (from creation to binding, to the ms), pods.pendingMean/pendingPeak/pendingSeries, pools.NAME.series; README scenario latencies',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: l1}
spec:
  latencies: {scheduling: 1500ms, imagePull: 2s, containerStart: 500ms}
  cluster:
    nodePools:
      - name: a
        count: 1
        capacity: {cpu: "2", memory: 4Gi, pods: 110}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  parallelism: 3
  completions: 3
  template:
    metadata: {annotations: {jobsim/duration: "10s"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
`,
  check(r, h) {
    const m = r.metrics;
    const end = h.sec(r.spec.end);
    h.eq(m.pods.schedulingWaitSeconds, { p50: 1.5, p95: 15.5, max: 15.5 }, 'waits');
    h.eq([m.pods.pendingPeak, m.pods.pendingSeries.points], [3, [[0, 3], [2, 1], [16, 0]]], 'pending peak, series');
    h.eq(m.pods.pendingMean, Math.round((18.5 / end) * 10000) / 10000, 'pending mean');
    h.eq(m.pools.a.series.cpuRequestedMilli, [[0, 0], [1, 2000], [14, 0], [15, 1000], [28, 0]], 'cpu series');
    h.eq(m.pools.a.cpuRequestedMeanMilli, Math.round(37500 / end), 'cpu mean');
    h.eq([m.jobs.durationSeconds.max, m.jobs.lastFinishedAt, m.pods.succeeded], [29, 29, 3], 'Job');
  },
};
