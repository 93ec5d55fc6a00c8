// README metrics: durationSeconds is "to the millisecond"; a pod waits latencies.scheduling 2s for its
// binding (schedulingWaitSeconds 2, pending peak 1, pendingSeries [[0,1],[2,0]]). The Job finishes 5.5s
// after the start (pod bound at 2s, runs 2.5s, +1s status batching): lastFinishedAt, "seconds from the
// start to the last Job that finished", must not be later than the Job's own completionTime (5s, second
// precision) nor its exact finish (5.5): jobsim rounds it up to 6.
export default {
  id: 'contract/metrics-millisecond-times',
  source: 'README metrics table (jobs.durationSeconds to the millisecond; jobs.lastFinishedAt; pods.schedulingWaitSeconds; pendingSeries); CONTRACT §3 timestamps second precision',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ms}
spec:
  latencies: {scheduling: 2s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 2500ms}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('j');
    h.eq(job.status.completionTime, '2026-01-01T00:00:05Z', 'completionTime (5.5s, second precision)');
    h.eq(r.metrics.jobs.durationSeconds, { p50: 5.5, p95: 5.5, p99: 5.5, max: 5.5 }, 'durationSeconds to the millisecond');
    const p = r.metrics.pods;
    h.eq(p.schedulingWaitSeconds, { p50: 2, p95: 2, max: 2 }, 'schedulingWaitSeconds');
    h.eq(p.pendingPeak, 1, 'pendingPeak');
    h.eq(p.pendingSeries, { resolutionSeconds: 1, points: [[0, 1], [2, 0]] }, 'pendingSeries');
    h.assert([5, 5.5].includes(r.metrics.jobs.lastFinishedAt), `lastFinishedAt ${r.metrics.jobs.lastFinishedAt}: the last Job finished at 5.5s (completionTime 00:00:05Z)`);
  },
};
