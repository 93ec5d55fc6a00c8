// A pod's own activeDeadlineSeconds on a node that is down: the kubelet kills it locally at 60s but can
// report Failed only when the node is back (310s); until then the pod is bound and not terminal in the API,
// so pool a keeps its 1000m (the only node: no taint eviction in full disruption). Series [[0,1000],[310,0]];
// pods.failed 1; the Job (backoffLimit 0) is Failed at 311: duration 311, lastFinishedAt 311; capacity
// stays 2000m; mean = 1000*310/end of the quiet run.
export default {
  id: 'metrics2/node-outage-deadline-pod-holds-requests',
  source: 'README metrics table: pools.NAME.cpuRequested* ("requests of pods bound in the pool and not terminal"), pools.NAME.cpuCapacityMilli (nodes that go down still count), pods.failed; README Kubelet (a node down applies activeDeadlineSeconds locally and reports Failed when back)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d1}
spec:
  cluster:
    nodePools:
      - name: a
        count: 1
        capacity: {cpu: "2", memory: 4Gi, pods: 110}
  faults:
    - {at: 10s, nodeDown: a-1, for: 5m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      activeDeadlineSeconds: 60
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
`,
  check(r, h) {
    const m = r.metrics;
    const pod = h.podsOf('j')[0];
    h.eq([pod.status.phase, pod.status.reason, h.sec(pod.status.containerStatuses[0].state.terminated.finishedAt)], ['Failed', 'DeadlineExceeded', 60], 'pod killed at its deadline');
    h.eq(m.pools.a.series.cpuRequestedMilli, [[0, 1000], [310, 0]], 'cpu series');
    h.eq([m.pools.a.cpuCapacityMilli, m.pools.a.cpuRequestedPeakMilli], [2000, 1000], 'capacity, peak');
    h.eq(m.pools.a.cpuRequestedMeanMilli, Math.round(310000 / h.sec(r.spec.end)), 'mean');
    h.eq([m.pods.succeeded, m.pods.failed], [0, 1], 'pods');
    h.eq([m.jobs.failed, m.jobs.durationSeconds.max, m.jobs.lastFinishedAt], [1, 311, 311], 'Job');
  },
};
