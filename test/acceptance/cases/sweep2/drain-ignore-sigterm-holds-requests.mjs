// kubectl drain (faults drainNode) of a node whose pod ignores SIGTERM: the evicted pod stays Terminating
// and holds its 1 CPU / 1Gi for the whole 30s grace period (killed at 90s, 137, Failed): pool a's series
// [[0,1000],[90,0]]. The replacement (10s pod-recreation backoff: created 70s) binds at once in pool b
// and runs 10m: [[0,0],[70,1000],[670,0]]; Complete at 671, run quiet at 672. Means over 672s:
// a 90000/672 = 134m (0.067), b 600000/672 = 893m (0.4464). pods: 1 failed (the evicted one), 1 succeeded.
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  cluster:
    nodePools:
      - name: a
        count: 1
        capacity: {cpu: "2", memory: 4Gi, pods: 110}
      - name: b
        count: 1
        capacity: {cpu: "2", memory: 4Gi, pods: 110}
  behaviors:
    - selector: {matchLabels: {app: w}}
      duration: 10m
      onSigterm: ignore
  faults:
    - {at: 60s, drainNode: a-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {labels: {app: w}}
    spec:
      restartPolicy: Never
      affinity:
        nodeAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - weight: 10
            preference: {matchExpressions: [{key: kubernetes.io/hostname, operator: In, values: [a-1]}]}
      containers: [{name: c, image: x, resources: {requests: {cpu: "1", memory: 1Gi}}}]
`;
export default {
  id: 'sweep2/drain-ignore-sigterm-holds-requests',
  source: 'README Maintenance (drainNode: Eviction API, graceful delete); README metrics pools.NAME.cpuRequested* (until terminal or deleted); pkg/scheduler/scheduler.go newPodInformer (non-terminal pods)',
  scenario,
  check(r, h) {
    const m = r.metrics;
    h.eq(m.pools.a.series.cpuRequestedMilli, [[0, 1000], [90, 0]], 'pool a');
    h.eq(m.pools.b.series.cpuRequestedMilli, [[0, 0], [70, 1000], [670, 0]], 'pool b');
    h.eq([m.pools.a.cpuRequestedMeanMilli, m.pools.a.cpuUtilization, m.pools.b.cpuRequestedMeanMilli, m.pools.b.cpuUtilization], [134, 0.067, 893, 0.4464], 'means');
    h.eq([m.pools.a.memoryRequestedPeakBytes, m.pools.a.memoryRequestedMeanBytes], [1073741824, 143804709], 'memory a');
    h.eq([m.pods.failed, m.pods.succeeded, m.jobs.durationSeconds.max, m.pods.schedulingWaitSeconds.max], [1, 1, 671, 0], 'pods and Job');
    h.eq(r.spec.end, '2026-01-01T00:11:12Z', 'end');
  },
};
