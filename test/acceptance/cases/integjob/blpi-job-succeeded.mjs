// TestBackoffLimitPerIndex "job succeeded": 2/2, backoffLimitPerIndex 1: one failure of index 0 -> wantActive 2,
// wantFailed 1, failedIndexes "", replacement failure count 1; then both indexes succeed -> JobComplete.
export default {
  id: 'integjob/blpi-job-succeeded',
  source: 'test/integration/job/job_test.go TestBackoffLimitPerIndex "job succeeded" (wantReplacementPodFailureCount 1, wantFailedIndexes ""); reference §6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: blpi-ok}
spec:
  behaviors:
    - selector: {matchLabels: {app: bs}}
      duration: 10s
      perIndex:
        "0": {exitCodes: [1, 0]}
        "1": {duration: 100s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: bs}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 1
  template:
    metadata: {labels: {app: bs}}
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const ix0 = h.podsOf('bs').filter((p) => p.metadata.labels['batch.kubernetes.io/job-completion-index'] === '0');
    h.eq(ix0.map((p) => [h.sec(p.metadata.creationTimestamp), p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'], p.status.phase]), [[0, '0', 'Failed'], [20, '1', 'Succeeded']], 'index 0 pods');
    const job = h.job('bs');
    h.eq([job.status.succeeded, job.status.failed, job.status.completedIndexes, job.status.failedIndexes, job.status.terminating, job.status.active ?? 0], [2, 1, '0,1', '', 0, 0], '[succeeded, failed, completedIndexes, failedIndexes, terminating, active]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'CompletionsReached', 101], ['Complete', 'CompletionsReached', 101]], 'conditions');
  },
};
