// README: pending pods are the unbound ones (a pod held by a scheduling gate is unbound: pending until
// its Job is suspended at 26h and the pod deleted); the pool's requested CPU counts a pod's effective
// request as the scheduler computes it: max(largest init container, sum of containers) = 3000m for
// init 3 CPU + container 1 CPU.
export default {
  id: 'results/gated-and-init-requests',
  source: 'README metrics table (pendingMean/pendingSeries: unbound pods; pools requests); scheduler noderesources fit computePodResourceRequest (max of init and sum of containers)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: gate}
spec:
  duration: 50h
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "4", memory: 4Gi, pods: 110}}
  timeline:
  - {at: 2m, patch: {kind: Job, name: init, spec: {suspend: true}}}
  - {at: 26h, patch: {kind: Job, name: gated, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: init}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      initContainers: [{name: i, image: busybox:1.36, resources: {requests: {cpu: "3"}}}]
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: gated}
spec:
  template:
    spec:
      schedulingGates: [{name: x}]
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = r.metrics.pods;
    h.eq(p.pendingSeries.points, [[0, 1], [93600, 0]], 'gated pod pending until deleted at 26h');
    h.eq([p.pendingPeak, p.pendingMean], [1, 0.52], 'pending peak and mean (26h of 50h)');
    h.eq(p.schedulingWaitSeconds, { p50: 0, p95: 0, max: 0 }, 'the gated pod never bound: only the other pod waited');
    h.eq(r.metrics.pools.w.series.cpuRequestedMilli, [[0, 3000], [120, 0]], 'effective request 3000m until the suspend');
    h.eq(r.metrics.pools.w.cpuRequestedPeakMilli, 3000, 'peak');
    h.eq([p.succeeded, p.failed], [0, 1], 'the pod killed by the suspend failed; the gated pod, deleted unbound, never reached a phase');
  },
};
