// backoffLimitPerIndex 1 with an explicit backoffLimit 0 and an Ignore rule for exit code 2: index 0
// exits 2 (ignored: neither status.failed nor the global limit), is retried after the per-index 10s
// back-off with ignored-failure-count 1, and succeeds. The Job completes; failed 0; failedIndexes "".
export default {
  id: 'jobtbl2/blpi-ignore-explicit-backofflimit-zero',
  source: 'job_controller_test.go TestSyncJobWithJobBackoffLimitPerIndex "job pod failure ignored due to matching Ignore action"; job_controller.go syncJob (jobCtx.failed excludes Ignored; exceedsBackoffLimit), indexed_job_utils.go getNewIndexFailureCounts; reference §5, §6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  behaviors:
  - selector: { matchLabels: { app: x } }
    duration: 10s
    perIndex:
      "0": { exitCodes: [2, 0] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completions: 2
  parallelism: 2
  completionMode: Indexed
  backoffLimit: 0
  backoffLimitPerIndex: 1
  podFailurePolicy:
    rules:
    - { action: Ignore, onExitCodes: { operator: In, values: [2] } }
  template:
    metadata: { labels: { app: x } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    h.noCond(j, 'FailureTarget');
    const c = h.hasCond(j, 'Complete', 'CompletionsReached');
    h.eq(h.sec(c.lastTransitionTime), 31, 'Complete');
    h.eq([j.status.failed ?? 0, j.status.succeeded, j.status.completedIndexes, j.status.failedIndexes], [0, 2, '0,1', ''], '[failed, succeeded, completedIndexes, failedIndexes]');
    const ann = (p) => p.metadata.annotations;
    h.eq(h.podsOf('x').map((p) => [ann(p)['batch.kubernetes.io/job-completion-index'], ann(p)['batch.kubernetes.io/job-index-failure-count'], ann(p)['batch.kubernetes.io/job-index-ignored-failure-count'], h.sec(p.metadata.creationTimestamp)]), [['0', '0', undefined, 0], ['1', '0', undefined, 0], ['0', '0', '1', 20]], 'pods');
  },
};
