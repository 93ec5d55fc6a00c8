// README pools.NAME.cpuCapacityMilli / memoryCapacityBytes: "the pool's allocatable total as configured
// (nodes that go down or are deleted still count)". Two pools; a node of one goes down for good and a
// node of the other is deleted: capacities stay 2 x configured; utilization is mean / that capacity.
export default {
  id: 'results/pool-capacity-down-and-deleted',
  source: 'README metrics table (pools.NAME.cpuCapacityMilli, memoryCapacityBytes, cpuUtilization)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cap}
spec:
  duration: 100s
  cluster:
    nodePools:
    - {name: a, count: 2, capacity: {cpu: 1500m, memory: 1Gi, pods: 110}}
    - {name: b, count: 2, capacity: {cpu: "3", memory: 512Mi, pods: 110}, labels: {pool: b}}
  faults:
  - {at: 10s, nodeDown: a-1}
  - {at: 10s, deleteNode: b-2}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 50s}}
    spec:
      nodeSelector: {kubernetes.io/hostname: b-1}
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "3", memory: 256Mi}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const { a, b } = r.metrics.pools;
    h.eq([a.cpuCapacityMilli, a.memoryCapacityBytes], [3000, 2 * 2 ** 30], 'pool a capacity');
    h.eq([b.cpuCapacityMilli, b.memoryCapacityBytes], [6000, 2 ** 30], 'pool b capacity');
    h.eq(Object.keys(r.metrics.pools), ['a', 'b'], 'pools in configuration order');
    h.eq(h.of('Node').length, 4, 'the deleted node is still an item');
    h.eq(h.sec(h.of('Node').find((n) => n.metadata.name === 'b-2').metadata.deletionTimestamp), 10, 'deleted node b-2');
    const pod = h.podsOf('j')[0];
    h.eq(pod.status.phase, 'Succeeded', 'pod ran');
    h.eq([b.cpuRequestedPeakMilli, b.cpuRequestedMeanMilli, b.cpuUtilization], [3000, 1500, 0.25], 'pool b: 3000m for 50 of 100s over 6000m');
  },
};
