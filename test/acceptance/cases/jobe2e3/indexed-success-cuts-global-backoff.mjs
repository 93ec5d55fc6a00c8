// Indexed, completions 4, parallelism 3 (no backoffLimitPerIndex: one back-off for the whole Job). Index 2 fails at 10s,
// which would hold creations until 20s; index 1 succeeds at 15s, and a success with no failure after it resets the
// back-off: the 16s sync recreates index 2 and starts index 3 at once (completedIndexes "1").
export default {
  id: 'jobe2e3/indexed-success-cuts-global-backoff',
  source: 'test/integration/job/job_test.go TestIndexedJob ("One Pod fails, which should be recreated"; active indexes {0,2,3}, completedIndexes "1") and TestParallelJobWithCompletions / validateExpotentialBackoffDelay; backoff_utils.go newBackoffRecord (new successes and no newer failure: failuresAfterLastSuccess = 0, lastFailureTime = nil); indexed_job_utils.go firstPendingIndexes',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ix}
spec:
  behaviors:
    - selector: {matchLabels: {app: ix}}
      duration: 100s
      perIndex:
        "1": {duration: 15s}
        "2": {duration: 10s, exitCodes: [1, 0]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ix}
spec:
  completionMode: Indexed
  completions: 4
  parallelism: 3
  template:
    metadata: {labels: {app: ix}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const ix = (p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'];
    h.eq(h.podsOf('ix').map((p) => [ix(p), h.sec(p.metadata.creationTimestamp), p.status.phase]), [
      ['0', 0, 'Succeeded'], ['1', 0, 'Succeeded'], ['2', 0, 'Failed'], ['2', 16, 'Succeeded'], ['3', 16, 'Succeeded']], 'pods [index, created, phase]');
    const job = h.job('ix');
    h.eq([job.status.succeeded, job.status.failed, job.status.completedIndexes, h.sec(job.status.completionTime)], [4, 1, '0-3', 117], '[succeeded, failed, completedIndexes, completionTime]');
  },
};
