// README jobs.durationSeconds: "nearest-rank percentiles, exact up to 200,000 samples; beyond, over a
// systematic sample". Two CronJobs every minute for 70 days: a-short (5s pod: 6s from its Job's
// creation) and b-long (30s pod: 31s), finishing alternately short, long, short, long. 201,598 samples,
// half 6 and half 31: the true nearest-rank p95 and p99 are 31. A sample that keeps every 2nd value in
// finishing order keeps only the short ones and reports p95 = p99 = 6, while max (exact) is 31. A planner reading p95 would be told every nightly Job takes 6s.
// Expected: p95 and p99 = 31 (what the 200,000-sample bound is meant to approximate).
export default {
  id: 'metrics/percentile-periodic-aliasing',
  source: 'README metrics table (durationSeconds: percentiles over a systematic sample beyond 200,000); src/report/metrics.ts Samples',
  args: ['--duration', '70d', '-o', 'summary'],
  timeoutMs: 180_000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: alias}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: a-short}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "5s"}}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: x}]
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: b-long}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "30s"}}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: x}]
`,
  check(r, h) {
    const j = r.metrics.jobs;
    h.assert(j.complete > 200000, `more than 200,000 Jobs (${j.complete})`);
    h.eq(j.durationSeconds.max, 31, 'max');
    h.eq(j.durationSeconds.p50, 6, 'p50 (half the samples are 6)');
    h.eq([j.durationSeconds.p95, j.durationSeconds.p99], [31, 31], 'p95/p99: half of the Jobs take 31s');
  },
};
