// Pool metrics: capacity totals; requested CPU 2000m for [0,100s) then 0 over a 200s run: mean
// 1000, peak 2000, utilization 0.25; memory 2Gi peak of 8Gi (0.125).
export default {
  id: 'cluster/metrics-pool-capacity',
  source: 'README metrics table (pools.NAME.*, pods.*)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: m }
spec:
  duration: 200s
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: { annotations: { jobsim/duration: "100s" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 1Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const w = r.metrics.pools.w;
    h.eq([w.cpuCapacityMilli, w.memoryCapacityBytes], [4000, 8 * 2 ** 30], 'capacity');
    h.eq([w.cpuRequestedMeanMilli, w.cpuRequestedPeakMilli, w.cpuUtilization], [1000, 2000, 0.25], 'cpu');
    h.eq([w.memoryRequestedPeakBytes, w.memoryUtilization], [2 * 2 ** 30, 0.125], 'memory');
    h.eq([r.metrics.pods.succeeded, r.metrics.pods.failed, r.metrics.pods.pendingPeak], [2, 0, 0], 'pods');
    h.eq(r.metrics.simulation.virtualSeconds, 200, 'virtualSeconds');
  },
};
