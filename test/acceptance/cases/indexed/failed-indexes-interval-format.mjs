// failedIndexes and completedIndexes use the same interval format: failed {1,2,3,5} -> "1-3,5", completed {0,4} ->
// "0,4"; status.failed 4 and succeeded 2; FailedIndexes once every index is resolved.
export default {
  id: 'indexed/failed-indexes-interval-format',
  source: 'indexed_job_utils.go orderedIntervals.String, calculateFailedIndexes; indexed_job_utils_test.go TestCalculateFailedIndexes; reference §14',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: fmt}
spec:
  behaviors:
    - selector: {matchLabels: {app: fmt}}
      duration: 10s
      perIndex:
        "1": {exitCodes: [1]}
        "2": {exitCodes: [1]}
        "3": {exitCodes: [1]}
        "5": {exitCodes: [1], duration: 20s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: fmt}
spec:
  completionMode: Indexed
  completions: 6
  parallelism: 6
  backoffLimitPerIndex: 0
  template:
    metadata: {labels: {app: fmt}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('fmt');
    h.eq([job.status.failedIndexes, job.status.completedIndexes, job.status.failed, job.status.succeeded], ['1-3,5', '0,4', 4, 2], '[failedIndexes, completedIndexes, failed, succeeded]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'FailedIndexes', 21], ['Failed', 'FailedIndexes', 21]], 'conditions');
  },
};
