// README pools.NAME.cpuRequested*: "requests of pods bound in the pool and not terminal (pods left
// Terminating on an unreachable node included, as the scheduler counts them)". A pod pinned to p-1, whose
// kubelet stops answering at 10s: evicted by the taint-eviction controller (300s toleration), it stays
// Terminating (Running, deletionTimestamp set) to the end and keeps its 1000m in the series; its
// replacement cannot go anywhere (p-1 is tainted unreachable) and is pending from its creation to the end.
export default {
  id: 'results/terminating-unreachable-counted',
  source: 'README metrics table (pools.NAME.cpuRequested*: Terminating pods on an unreachable node included; pods.pendingSeries); taint_eviction.go; scheduler cache (assumed/bound pods count until deleted)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: unreach}
spec:
  duration: 20m
  cluster:
    nodePools:
    - {name: p, count: 2, capacity: {cpu: "2", memory: 4Gi, pods: 110}}
  faults:
  - {at: 10s, nodeDown: p-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      nodeSelector: {kubernetes.io/hostname: p-1}
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const [first, second] = h.podsOf('j');
    h.assert(first && second, `two pods: ${h.podsOf('j').map((p) => p.metadata.name)}`);
    h.eq([first.status.phase, typeof first.metadata.deletionTimestamp], ['Running', 'string'], 'first pod left Terminating');
    h.eq([second.status.phase, second.spec.nodeName], ['Pending', undefined], 'replacement pending');
    const n = r.metrics.pools.p;
    h.eq(n.series.cpuRequestedMilli, [[0, 1000]], 'the terminating pod keeps its request to the end');
    h.eq([n.cpuRequestedPeakMilli, n.cpuRequestedMeanMilli], [1000, 1000], 'peak and mean');
    const created = h.sec(second.metadata.creationTimestamp);
    h.eq(r.metrics.pods.pendingSeries.points, [[0, 0], [created, 1]], 'pending from the replacement\'s creation');
    h.eq(r.metrics.pods.pendingPeak, 1, 'pendingPeak');
    h.eq(r.metrics.pods.pendingMean, Math.round(((1200 - created) / 1200) * 10000) / 10000, 'pendingMean');
  },
};
