// backoffLimitPerIndex: 0 with an Ignore rule: the ignored first failure is retried (failure-count "0",
// ignored-count "1"); the second failure (exit 1) counts, its failure-count 0 >= 0 fails the index: failedIndexes "0",
// failed 1, and the Job fails with FailedIndexes once index 1 is done.
export default {
  id: 'indexed/ignore-then-counted-failure-fails-index',
  source: 'indexed_job_utils.go isIndexFailed (countFailed && getIndexFailureCount >= backoffLimitPerIndex), getNewIndexFailureCounts; reference §5, §6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ig2}
spec:
  behaviors:
    - selector: {matchLabels: {app: ig2}}
      duration: 10s
      perIndex:
        "0": {exitCodes: [3, 1]}
        "1": {duration: 100s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ig2}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 0
  podFailurePolicy:
    rules:
    - action: Ignore
      onExitCodes: {operator: In, values: [3]}
  template:
    metadata: {labels: {app: ig2}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const ix0 = h.podsOf('ig2').filter((p) => p.metadata.name.startsWith('ig2-0-'));
    h.eq(ix0.map((p) => [h.sec(p.metadata.creationTimestamp), p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'],
      p.metadata.annotations['batch.kubernetes.io/job-index-ignored-failure-count'] ?? null, h.exitCodeOf(p)]),
    [[0, '0', null, 3], [20, '0', '1', 1]], 'index 0 pods [created, failure-count, ignored-count, exit]');
    const job = h.job('ig2');
    h.eq([job.status.failed, job.status.failedIndexes, job.status.completedIndexes], [1, '0', '1'], '[failed, failedIndexes, completedIndexes]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'FailedIndexes', 101], ['Failed', 'FailedIndexes', 101]], 'conditions');
  },
};
