// TestBackoffLimitPerIndex "job index fails due to exceeding backoff limit per index" (third step, before the other
// index ends): 2/2 Indexed, backoffLimitPerIndex 2; index 0 fails at 10s, 30s and 60s (replacements at 20s and 50s:
// per-index back-off 10s then 20s, annotations 1 and 2); at its third failure the index is failed: active 1 (index 1),
// failed 3, failedIndexes "0", and the Job is not failed yet (index 1 still runs).
export default {
  id: 'integjob2/blpi-index-exhausted-snapshot',
  source: 'test/integration/job/job_test.go TestBackoffLimitPerIndex "job index fails due to exceeding backoff limit per index" (third podTermination: wantActive 1, wantFailed 3, wantActiveIndexes {1}, wantFailedIndexes "0"; replacement failure counts 1, 2); indexed_job_utils.go isIndexFailed, getNewIndexFailureCounts; backoff_utils.go getRemainingTimePerIndex',
  args: ['--duration', '65s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: blpi}
spec:
  behaviors:
    - selector: {matchLabels: {app: ex}}
      duration: 10s
      perIndex:
        "0": {exitCodes: [1]}
        "1": {duration: 300s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ex}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 2
  template:
    metadata: {labels: {app: ex}}
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const ix = (p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'];
    const pods = h.podsOf('ex');
    h.eq(pods.filter((p) => ix(p) === '0').map((p) => [h.sec(p.metadata.creationTimestamp), p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'], p.status.phase, p.metadata.finalizers ?? []]),
      [[0, '0', 'Failed', []], [20, '1', 'Failed', []], [50, '2', 'Failed', []]], 'index 0 pods [created, failure-count, phase, finalizers]');
    h.eq(pods.filter((p) => ix(p) === '1').map((p) => p.status.phase), ['Running'], 'index 1 pods');
    const job = h.job('ex');
    h.eq([job.status.active, job.status.failed, job.status.failedIndexes, job.status.completedIndexes ?? '', job.status.terminating], [1, 3, '0', '', 0], '[active, failed, failedIndexes, completedIndexes, terminating]');
    h.eq(job.status.conditions ?? [], [], 'no condition while index 1 runs');
  },
};
