// An Eviction API call (fault evictPod) on a running pod: the pod is deleted with its 30s grace period,
// the kubelet kills it at once (exit 143, phase Failed): its request is released at the eviction
// instant (60s), not at the end of the grace period (90s). The Job's replacement is created after the
// 10s pod-recreation backoff (70s) and requests from its binding for its 5m: series
// [[0,1000],[60,0],[70,1000],[370,0]]; the pool never exceeds its 1000m allocatable.
export default {
  id: 'metrics/evict-pod-release-at-once',
  source: 'README metrics table (requests until terminal or deleted); README Kubelet known difference (a deleted pod exits at once, 143)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ev}
spec:
  cluster:
    nodePools:
      - name: p
        count: 1
        capacity: {cpu: "1", memory: 1Gi, pods: 110}
  faults:
    - {at: 60s, evictPod: default/j-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "5m"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
`,
  check(r, h) {
    const m = r.metrics;
    const pods = h.podsOf('j');
    h.eq(pods.length, 2, 'evicted pod and its replacement');
    h.eq([pods[0].metadata.name, pods[0].status.phase, h.exitCodeOf(pods[0])], ['j-bn7wn', 'Failed', 143], 'victim');
    h.eq(m.pools.p.series.cpuRequestedMilli, [[0, 1000], [60, 0], [70, 1000], [370, 0]], 'cpu series');
    h.eq(m.pools.p.cpuRequestedPeakMilli, 1000, 'never above allocatable');
    h.eq([m.pods.failed, m.pods.succeeded], [1, 1], 'pods');
  },
};
