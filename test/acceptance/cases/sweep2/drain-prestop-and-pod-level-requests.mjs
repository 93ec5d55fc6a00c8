// A drain of the only node while a pod with a preStop sleep of 20s runs: the pod is evicted at 60s, its
// hook holds the kill to 80s (SIGTERM, exit 143): its 1000m is held [0,80). The replacement (created at
// 70s) waits for the uncordon at 160s: pending [70,160), wait 90, pending mean 90/200 = 0.45. plr has a
// pod-level request (spec.resources cpu 3, memory 1Gi) that replaces its container's 1 CPU: 3000m and
// 1Gi for [0,30). cpu series [[0,4000],[30,1000],[80,0],[160,1000]], mean (120000+50000+40000)/200 = 1050m.
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m3}
spec:
  duration: 200s
  cluster:
    nodePools:
      - {name: p, count: 1, capacity: {cpu: "4", memory: 4Gi, pods: 110}}
  faults:
    - {at: 60s, drainNode: p-1, for: 100s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: x
        resources: {requests: {cpu: "1"}}
        lifecycle: {preStop: {sleep: {seconds: 20}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: plr}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "30s"}}
    spec:
      restartPolicy: Never
      resources: {requests: {cpu: "3", memory: 1Gi}}
      containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
`;
export default {
  id: 'sweep2/drain-prestop-and-pod-level-requests',
  source: 'README Kubelet known differences (preStop sleep holds the kill); README metrics (pod-level resources count wherever requests count)',
  scenario,
  check(r, h) {
    const m = r.metrics, p = m.pools.p;
    h.eq(p.series.cpuRequestedMilli, [[0, 4000], [30, 1000], [80, 0], [160, 1000]], 'cpu series');
    h.eq(p.series.memoryRequestedBytes, [[0, 1073741824], [30, 0]], 'memory series');
    h.eq([p.cpuRequestedMeanMilli, p.cpuRequestedPeakMilli], [1050, 4000], 'cpu');
    h.eq([m.pods.pendingMean, m.pods.pendingPeak, m.pods.pendingSeries.points], [0.45, 1, [[0, 0], [70, 1], [160, 0]]], 'pending');
    h.eq(m.pods.schedulingWaitSeconds, { p50: 0, p95: 90, max: 90 }, 'waits');
  },
};
