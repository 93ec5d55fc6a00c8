// README pods.schedulingWaitSeconds counts pods from creation to binding, and pools.NAME.series says a
// pod requests "from its binding (or creation, when created bound)". A Job whose template sets
// spec.nodeName creates pods that no scheduler binds: no wait sample (all null), never pending, and the
// pool requests their CPU from their creation (1500m for [0, 30s), run 40s).
export default {
  id: 'results/created-bound-no-wait',
  source: 'README metrics table (schedulingWaitSeconds; pendingSeries; pools.NAME.series "or creation, when created bound")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: bound}
spec:
  duration: 40s
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "2", memory: 4Gi, pods: 110}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: pinned}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 30s}}
    spec:
      nodeName: w-1
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: 1500m}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = r.metrics.pods;
    h.eq(p.schedulingWaitSeconds, { p50: null, p95: null, max: null }, 'no wait sample');
    h.eq([p.pendingPeak, p.pendingMean], [0, 0], 'never pending');
    h.eq(r.metrics.simulation.schedulingDecisions, 0, 'no scheduling decision');
    h.eq(r.metrics.pools.w.series.cpuRequestedMilli, [[0, 1500], [30, 0]], 'cpu series from creation');
    h.eq(r.metrics.pools.w.cpuRequestedMeanMilli, 1125, 'mean 1500 * 30/40');
    h.eq(r.events.filter((e) => e.reason === 'Scheduled').length, 0, 'no Scheduled event');
  },
};
