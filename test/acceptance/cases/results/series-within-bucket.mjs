// README pools.NAME.series / pendingSeries: each 1s bucket's point is the largest value held in it, and
// a lower value the bucket ends with shows at the next bucket's start or at the run's end. Job a (1 CPU)
// runs [0, 2.5s), Job b (1 CPU, created at 1.2s) runs [1.2s, 1.7s); run 2.8s: bucket 0 max 1000,
// bucket 1 max 2000 (ends at 1000), bucket 2 max 1000 (ends at 0, shown at the run's end, 2.8s -> 3).
// Mean = (2500 + 500) ms*CPU / 2.8s = 1071m; peak 2000.
export default {
  id: 'results/series-within-bucket',
  source: 'README metrics table (pools.NAME.series read like pendingSeries: largest value held in each bucket; a drop shown at the next bucket\'s start or at the run\'s end)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sub}
spec:
  duration: 2800ms
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "4", memory: 4Gi, pods: 110}}
  timeline:
  - at: 1200ms
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: b}
      spec:
        template:
          metadata: {annotations: {jobsim/duration: 500ms}}
          spec:
            containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1", memory: 1Gi}}}]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 2500ms}}
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1", memory: 1Gi}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const w = r.metrics.pools.w;
    h.eq(w.series.resolutionSeconds, 1, 'resolution');
    h.eq(w.series.cpuRequestedMilli, [[0, 1000], [1, 2000], [2, 1000], [3, 0]], 'cpu series');
    h.eq(w.series.memoryRequestedBytes, [[0, 2 ** 30], [1, 2 ** 31], [2, 2 ** 30], [3, 0]], 'memory series');
    h.eq([w.cpuRequestedPeakMilli, w.cpuRequestedMeanMilli], [2000, 1071], 'cpu peak and mean');
    h.eq(r.metrics.simulation.virtualSeconds, 2.8, 'virtualSeconds');
  },
};
