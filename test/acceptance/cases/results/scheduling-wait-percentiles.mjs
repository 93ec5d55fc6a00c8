// README pods.schedulingWaitSeconds: from a pod's creation to its binding, nearest-rank. One node of
// 1 CPU, four 1-CPU Jobs of 10s created at once: the first pod binds at once, the others when the
// previous one ends (moved back to the queue when resources are freed): waits 0, 10, 20, 30 ->
// p50 = 2nd = 10, p95 = 4th = 30, max 30. Pending: 3 pods for 10s, 2, 1: mean (30+20+10)/end over the
// run, peak 3; series [[0,3],[10,2],[20,1],[30,0]].
const job = (n) => `---
apiVersion: batch/v1
kind: Job
metadata: {name: ${n}}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
      restartPolicy: Never
`;
export default {
  id: 'results/scheduling-wait-percentiles',
  source: 'README metrics table (pods.schedulingWaitSeconds, pendingMean, pendingPeak, pendingSeries); scheduler queue MoveAllToActiveOrBackoffQueue on pod deletion/termination',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: wait}
spec:
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "1", memory: 4Gi, pods: 110}}
${job('a')}${job('b')}${job('c')}${job('d')}`,
  check(r, h) {
    const p = r.metrics.pods;
    h.eq(p.schedulingWaitSeconds, { p50: 10, p95: 30, max: 30 }, 'schedulingWaitSeconds');
    h.eq(p.pendingPeak, 3, 'pendingPeak');
    h.eq(p.pendingSeries.points, [[0, 3], [10, 2], [20, 1], [30, 0]], 'pendingSeries');
    const end = h.sec(r.spec.end);
    h.assert(end >= 41 && end <= 42, `quiet end just after the last completion (41s): ${r.spec.end}`);
    h.eq(p.pendingMean, Math.round((60 / end) * 10000) / 10000, 'pendingMean (time-weighted over the run, 4 decimals)');
    h.eq(r.metrics.jobs.durationSeconds, { p50: 21, p95: 41, p99: 41, max: 41 }, 'Job durations 11, 21, 31, 41');
  },
};
