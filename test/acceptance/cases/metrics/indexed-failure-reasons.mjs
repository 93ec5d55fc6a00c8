// README jobs.failedReasons and durationSeconds for Indexed Jobs: bpi (backoffLimitPerIndex 0, both
// indexes exit 1 at 5s) fails FailedIndexes at 6s; mfi (maxFailedIndexes 0, index 0 exits 1 at 7s) fails
// MaxFailedIndexesExceeded at 8s; sp (successPolicy on index 0, 20s pods) is Complete at 21s. Samples
// {6, 8, 21}: p50 8, p95 = p99 = max 21; lastFinishedAt 21; pods 3 succeeded, 3 failed.
export default {
  id: 'metrics/indexed-failure-reasons',
  source: 'README metrics table (jobs.failedReasons); reference job-controller (backoffLimitPerIndex, maxFailedIndexes, successPolicy reasons)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: sp}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  successPolicy:
    rules: [{succeededIndexes: "0"}]
  template:
    metadata: {annotations: {jobsim/duration: "20s"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: bpi}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 0
  template:
    metadata: {annotations: {jobsim/duration: "5s", jobsim/exit-codes: "1"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: mfi}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 1
  backoffLimitPerIndex: 0
  maxFailedIndexes: 0
  template:
    metadata: {annotations: {jobsim/duration: "7s", jobsim/exit-codes: "1"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x}]
`,
  check(r, h) {
    const m = r.metrics;
    h.eq([m.jobs.complete, m.jobs.failed], [1, 2], 'jobs');
    h.eq(m.jobs.failedReasons, { FailedIndexes: 1, MaxFailedIndexesExceeded: 1 }, 'reasons');
    h.eq(m.jobs.durationSeconds, { p50: 8, p95: 21, p99: 21, max: 21 }, 'durations');
    h.eq(m.jobs.lastFinishedAt, 21, 'lastFinishedAt');
    h.eq([m.pods.succeeded, m.pods.failed], [3, 3], 'pods');
  },
};
