// podFailurePolicy Ignore with backoffLimitPerIndex: 0 — ignored failures neither count in status.failed nor toward
// the per-index limit, but bump batch.kubernetes.io/job-index-ignored-failure-count ("1", "2") on the replacements and
// still feed the per-index back-off (n = failure + ignored count + 1: 10s, then 20s).
export default {
  id: 'indexed/ignore-counts-in-ignored-annotation',
  source: 'job_controller_test.go TestSyncJobWithJobBackoffLimitPerIndex "job pod failure ignored due to matching Ignore action" (Failed 0, Active 2); indexed_job_utils.go getNewIndexFailureCounts, addIndexFailureCountAnnotation; backoff_utils.go getRemainingTimePerIndex (getIndexAbsoluteFailureCount + 1); reference §3.4, §5 Ignore, §6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ig}
spec:
  behaviors:
    - selector: {matchLabels: {app: ig}}
      duration: 10s
      perIndex:
        "0": {exitCodes: [3, 3, 0]}
        "1": {duration: 5s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ig}
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
    metadata: {labels: {app: ig}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const ix0 = h.podsOf('ig').filter((p) => p.metadata.name.startsWith('ig-0-'));
    h.eq(ix0.map((p) => [h.sec(p.metadata.creationTimestamp), p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'],
      p.metadata.annotations['batch.kubernetes.io/job-index-ignored-failure-count'] ?? null, p.status.phase]),
    [[0, '0', null, 'Failed'], [20, '0', '1', 'Failed'], [50, '0', '2', 'Succeeded']], 'index 0 pods [created, failure-count, ignored-count, phase]');
    const job = h.job('ig');
    h.eq([job.status.failed ?? 0, job.status.succeeded, job.status.failedIndexes, job.status.completedIndexes], [0, 2, '', '0,1'], '[failed, succeeded, failedIndexes, completedIndexes]');
    h.eq(h.sec(h.hasCond(job, 'Complete', 'CompletionsReached').lastTransitionTime), 61, 'Complete time');
  },
};
