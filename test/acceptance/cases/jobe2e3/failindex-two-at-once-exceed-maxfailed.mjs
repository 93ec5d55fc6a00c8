// Indexed 4/4, backoffLimitPerIndex 2, maxFailedIndexes 1, FailIndex on exit 3: indexes 1 and 2 exit 3 at 10s. Both
// indexes fail at their first failure (FailIndex ignores the remaining retries): 2 failed indexes > 1, so the 11s sync
// adds FailureTarget MaxFailedIndexesExceeded and deletes indexes 0 and 3, counted failed (failed 4) but not failed
// indexes (failedIndexes "1,2"); no replacement pod is ever created; Failed at 12s.
export default {
  id: 'jobe2e3/failindex-two-at-once-exceed-maxfailed',
  source: 'test/integration/job/job_test.go TestBackoffLimitPerIndex "job execution terminated early due to exceeding max failed indexes" (wantFailed 3 with the deleted pod counted, wantFailedIndexes "0,1") and "pod failure matching pod failure policy rule with FailIndex action"; job_controller.go syncJob (failedIndexes.total() > MaxFailedIndexes: "Job has exceeded the specified maximal number of failed indexes"); indexed_job_utils.go isIndexFailed (FailIndex action); pod_failure_policy.go (FailIndex: countFailed true)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: mf}
spec:
  behaviors:
    - selector: {matchLabels: {app: mf}}
      duration: 1h
      perIndex:
        "1": {duration: 10s, exitCodes: [3]}
        "2": {duration: 10s, exitCodes: [3]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: mf}
spec:
  completionMode: Indexed
  completions: 4
  parallelism: 4
  backoffLimitPerIndex: 2
  maxFailedIndexes: 1
  podFailurePolicy:
    rules:
    - action: FailIndex
      onExitCodes: {operator: In, values: [3]}
  template:
    metadata: {labels: {app: mf}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('mf');
    const m = 'Job has exceeded the specified maximal number of failed indexes';
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'MaxFailedIndexesExceeded', m, 11], ['Failed', 'MaxFailedIndexesExceeded', m, 12]], 'conditions');
    h.eq([job.status.failed, job.status.failedIndexes, job.status.succeeded ?? 0, job.status.completedIndexes, job.status.terminating], [4, '1,2', 0, undefined, 0],
      '[failed, failedIndexes, succeeded, completedIndexes, terminating]');
    const pods = h.podsOf('mf');
    h.eq(pods.map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'], p.status.phase, h.exitCodeOf(p)]),
      [['0', '0', 'Failed', 143], ['1', '0', 'Failed', 3], ['2', '0', 'Failed', 3], ['3', '0', 'Failed', 143]], 'pods [index, failure-count, phase, exit] (no replacement)');
    h.eq(h.events({ kind: 'Job', name: 'mf', type: 'Warning' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [[12, 'MaxFailedIndexesExceeded', m]], 'Warning events');
    h.eq(r.metrics.jobs.failedReasons, { MaxFailedIndexesExceeded: 1 }, 'metrics.jobs.failedReasons');
  },
};
