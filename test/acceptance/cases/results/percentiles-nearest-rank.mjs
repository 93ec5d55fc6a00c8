// README: jobs.durationSeconds percentiles are nearest-rank (the ceil(p/100 * n)-th smallest sample),
// not interpolated. 20 Jobs whose pods run 1s .. 20s finish 2s .. 21s after their creation (+1s status
// batching): p50 = 10th = 11, p95 = 19th = 20, p99 = 20th = 21 (linear interpolation would give
// 11.5, 20.05 and 20.81). lastFinishedAt = 21.
const jobs = Array.from({ length: 20 }, (_, i) => `---
apiVersion: batch/v1
kind: Job
metadata: {name: j${String(i + 1).padStart(2, '0')}}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "${i + 1}s"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`).join('');
export default {
  id: 'results/percentiles-nearest-rank',
  source: 'README metrics table (jobs.durationSeconds: nearest-rank percentiles, exact up to 200,000 samples)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pct}
spec:
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "40", memory: 40Gi, pods: 110}}
${jobs}`,
  check(r, h) {
    h.eq(r.metrics.jobs.complete, 20, 'complete');
    h.eq(r.metrics.jobs.durationSeconds, { p50: 11, p95: 20, p99: 21, max: 21 }, 'nearest-rank percentiles');
    h.eq(r.metrics.jobs.lastFinishedAt, 21, 'lastFinishedAt');
  },
};
