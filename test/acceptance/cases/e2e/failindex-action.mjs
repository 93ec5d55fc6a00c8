// e2e "should mark indexes as failed when the FailIndex action is matched in podFailurePolicy": failOddSucceedEven,
// backoffLimitPerIndex 1, FailIndex on exit 1: index 1 fails without retry; failedIndexes "1", completedIndexes "0",
// failed 1, succeeded 1; FailureTarget then Failed with reason FailedIndexes.
export default {
  id: 'e2e/failindex-action',
  source: 'test/e2e/apps/job.go "should mark indexes as failed when the FailIndex action is matched in podFailurePolicy" (FailureTarget/FailedIndexes; FailedIndexes "1", CompletedIndexes "0", Failed 1, Succeeded 1); reference job-controller §5 FailIndex, §2.4 step 6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  behaviors:
  - selector: {matchLabels: {job: matching-fail-index-action}}
    duration: 2s
    exitCodes: [0]
    perIndex:
      "1": {exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: matching-fail-index-action}
spec:
  parallelism: 2
  completions: 2
  backoffLimitPerIndex: 1
  completionMode: Indexed
  podFailurePolicy:
    rules:
    - action: FailIndex
      onExitCodes: {operator: In, values: [1]}
  template:
    metadata: {labels: {job: matching-fail-index-action}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('matching-fail-index-action');
    h.eq([job.status.failedIndexes, job.status.completedIndexes, job.status.failed, job.status.succeeded], ['1', '0', 1, 1], 'failedIndexes/completedIndexes/failed/succeeded');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'FailedIndexes', 'Job has failed indexes', 2], ['Failed', 'FailedIndexes', 'Job has failed indexes', 2]], 'conditions');
    h.eq(h.podsOf('matching-fail-index-action').length, 2, 'index 1 not retried');
    h.eq(h.events({ kind: 'Job', type: 'Warning' }).map((e) => [e.reason, e.message]), [['FailedIndexes', 'Job has failed indexes']], 'warning');
  },
};
