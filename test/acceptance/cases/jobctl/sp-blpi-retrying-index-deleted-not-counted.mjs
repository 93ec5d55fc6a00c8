// backoffLimitPerIndex 2 and a success policy (any one of indexes 0,1). Index 0 fails at 5s; its replacement (index
// failure count "1") is created after the per-index 10s back-off at 15s. Index 1 succeeds at 18s: SuccessCriteriaMet
// at 19s deletes the retrying index-0 pod (exit 143, not counted), Complete at 20s: failed 1 (the first failure
// only), succeeded 1, failedIndexes "" (index 0 never exhausted its retries).
export default {
  id: 'jobctl/sp-blpi-retrying-index-deleted-not-counted',
  source: 'job_controller_test.go TestSyncJobWithJobSuccessPolicy "job with backoffLimitPerIndex and successPolicy; jobPodReplacementPolicy feature enabled; job has SuccessCriteriaMet condition if job meets to successPolicy and doesn\'t meet backoffLimitPerIndex" (Failed 1, Succeeded 1, Terminating 1, FailedIndexes ""); backoff_utils.go getRemainingTimePerIndex; indexed_job_utils.go getNewIndexFailureCounts, getPodsWithDelayedDeletionPerIndex',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sr}
spec:
  behaviors:
  - selector: {matchLabels: {app: sr}}
    duration: 18s
    perIndex:
      "0": {duration: 5s, exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sr}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 2
  successPolicy:
    rules:
    - {succeededIndexes: "0,1", succeededCount: 1}
  template:
    metadata: {labels: {app: sr}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('sr');
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'SuccessPolicy', 'Matched rules at index 0', 19],
      ['Complete', 'SuccessPolicy', 'Matched rules at index 0', 20],
    ], 'conditions');
    h.eq([j.status.failed, j.status.succeeded, j.status.completedIndexes, j.status.failedIndexes, j.status.terminating], [1, 1, '1', '', 0], '[failed, succeeded, completedIndexes, failedIndexes, terminating]');
    const pods = h.podsOf('sr').map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'], h.sec(p.metadata.creationTimestamp), p.status.phase, h.exitCodeOf(p)]);
    h.eq(pods, [['0', '0', 0, 'Failed', 1], ['1', '0', 0, 'Succeeded', 0], ['0', '1', 15, 'Failed', 143]], 'pods [index, failure-count, created, phase, exit]');
  },
};
