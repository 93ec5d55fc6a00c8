// Per-pool accounting with node selectors. Pool mem (2 nodes, 16 CPU, 2Gi each, label pool=mem):
// Job m's 5 pods of 1Gi / 100m, 30s, select it: 4 fit by memory and run [0,30s), the 5th waits and runs
// [30,60s): memory series [[0,4Gi],[30,1Gi],[60,0]], peak = the pool's 4Gi allocatable. Pool tiny (1
// node, pods: 2, label pool=tiny): Job t's 3 pods without requests, 20s: 2 run [0,20), the 3rd waits
// for a pod slot and runs [20,40): requests stay 0. Pool idle: nothing. Pending: 2 pods over [0,20),
// 1 over [20,30), 0 after: pendingSeries [[0,2],[20,1],[30,0]]; waits {0 x 6, 20, 30}: p50 0, p95 30.
export default {
  id: 'metrics/pools-by-selector-memory-and-pods-bound',
  source: 'README metrics table (pools.NAME.* per pool; pendingSeries); upstream NodeResourcesFit (memory, pods)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pools}
spec:
  cluster:
    nodePools:
      - name: mem
        count: 2
        capacity: {cpu: "16", memory: 2Gi, pods: 110}
        labels: {pool: mem}
      - name: tiny
        count: 1
        capacity: {cpu: "16", memory: 64Gi, pods: 2}
        labels: {pool: tiny}
      - name: idle
        count: 1
        capacity: {cpu: "1", memory: 1Gi, pods: 110}
        labels: {pool: idle}
---
apiVersion: batch/v1
kind: Job
metadata: {name: m}
spec:
  completions: 5
  parallelism: 5
  template:
    metadata: {annotations: {jobsim/duration: "30s"}}
    spec:
      nodeSelector: {pool: mem}
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: 100m, memory: 1Gi}}}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: t}
spec:
  completions: 3
  parallelism: 3
  template:
    metadata: {annotations: {jobsim/duration: "20s"}}
    spec:
      nodeSelector: {pool: tiny}
      restartPolicy: Never
      containers: [{name: c, image: x}]
`,
  check(r, h) {
    const m = r.metrics, G = 2 ** 30;
    h.eq(m.pools.mem.series.memoryRequestedBytes, [[0, 4 * G], [30, G], [60, 0]], 'mem pool memory series');
    h.eq(m.pools.mem.series.cpuRequestedMilli, [[0, 400], [30, 100], [60, 0]], 'mem pool cpu series');
    h.eq([m.pools.mem.memoryCapacityBytes, m.pools.mem.memoryRequestedPeakBytes], [4 * G, 4 * G], 'memory peak = allocatable');
    h.eq([m.pools.tiny.cpuRequestedPeakMilli, m.pools.tiny.memoryRequestedPeakBytes], [0, 0], 'tiny requests nothing');
    h.eq([m.pools.idle.cpuRequestedPeakMilli, m.pools.idle.cpuRequestedMeanMilli], [0, 0], 'idle');
    h.eq(m.pods.pendingSeries.points, [[0, 2], [20, 1], [30, 0]], 'pending');
    h.eq([m.pods.pendingPeak, m.pods.schedulingWaitSeconds], [2, { p50: 0, p95: 30, max: 30 }], 'peak and waits');
    const end = h.sec(r.spec.end);
    h.eq(m.pods.pendingMean, Math.round((2 * 20 + 1 * 10) / end * 1e4) / 1e4, 'pendingMean');
    h.eq(m.pools.mem.memoryUtilization, Math.round((4 * G * 30 + G * 30) / end / (4 * G) * 1e4) / 1e4, 'memory utilization');
    h.eq([m.jobs.complete, m.pods.succeeded], [2, 8], 'counts');
  },
};
