// A planner sweeping cluster sizes sets a pool's count to 0: README pools.NAME.cpuCapacityMilli is "the
// pool's allocatable total as configured", so pool `none` (count 0) should still appear, with capacity
// 0, no requests and utilization 0 (jobsim omits the pool from metrics.pools). Pending pods are counted
// across namespaces: team-a's 3-CPU pod fits nowhere (pending all along: mean 1, peak 1), team-b's
// 1500m pod runs on p-1 for the whole 60s run (1500m of 2000m, 0.75).
export default {
  id: 'metrics/empty-pool-and-namespaces',
  source: 'README metrics table (pools.NAME.*: as configured; pods.pendingMean/pendingPeak)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: z}
spec:
  duration: 60s
  cluster:
    nodePools:
      - name: none
        count: 0
        capacity: {cpu: "2", memory: 4Gi, pods: 110}
      - name: p
        count: 1
        capacity: {cpu: "2", memory: 4Gi, pods: 110}
---
apiVersion: batch/v1
kind: Job
metadata: {name: a, namespace: team-a}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "2m"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "3"}}}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: b, namespace: team-b}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "2m"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1500m"}}}]
`,
  check(r, h) {
    const m = r.metrics;
    h.eq([m.pods.pendingMean, m.pods.pendingPeak, m.pods.pendingSeries.points], [1, 1, [[0, 1]]], 'pending across namespaces');
    h.eq([m.pools.p.cpuRequestedMeanMilli, m.pools.p.cpuUtilization], [1500, 0.75], 'pool p');
    h.assert(m.pools.none, `pool none present (pools: ${Object.keys(m.pools)})`);
    h.eq([m.pools.none.cpuCapacityMilli, m.pools.none.memoryCapacityBytes, m.pools.none.cpuRequestedPeakMilli, m.pools.none.cpuUtilization], [0, 0, 0, 0], 'pool none');
  },
};
