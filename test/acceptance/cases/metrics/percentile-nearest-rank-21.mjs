// README jobs.durationSeconds: nearest-rank percentiles (the ceil(p/100*n)-th smallest). 21 Jobs
// declared in an order unrelated to their lengths (pod of k seconds for Job j-k, declared k = 21..1),
// each finishing k+1 s after creation: samples 2..22. p50 = 11th = 12, p95 = ceil(19.95) = 20th = 21,
// p99 = ceil(20.79) = 21st = 22, max 22 (interpolation would give 12, 21.0, 21.8).
const jobs = [];
for (let k = 21; k >= 1; k--) jobs.push(`apiVersion: batch/v1
kind: Job
metadata: {name: j-${k}}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "${k}s"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x}]`);
export default {
  id: 'metrics/percentile-nearest-rank-21',
  source: 'README metrics table: jobs.durationSeconds nearest-rank percentiles',
  scenario: jobs.join('\n---\n') + '\n',
  check(r, h) {
    h.eq(r.metrics.jobs.complete, 21, 'complete');
    h.eq(r.metrics.jobs.durationSeconds, { p50: 12, p95: 21, p99: 22, max: 22 }, 'durations');
    h.eq(r.metrics.jobs.lastFinishedAt, 22, 'lastFinishedAt');
  },
};
