// Indexed 3/3, backoffLimitPerIndex 1, successPolicy succeededIndexes "1": index 0 fails at 10s and waits out its per-index
// back-off, its failed pod keeping the tracking finalizer (delayed deletion: failed 0 at 11s). Index 1 succeeds at 15s:
// the 16s sync meets the policy, so index 0 is never retried; its delayed pod is released and counted now (failed 1),
// index 2 is deleted (not counted), failedIndexes stays ""; Complete at 17s.
export default {
  id: 'jobe2e3/sp-met-during-index-backoff',
  source: 'test/integration/job/job_test.go TestSuccessPolicy ("job with successPolicy with succeededIndexes; ... even if some indexes remain pending") and TestBackoffLimitPerIndex_DelayedPodDeletion; job_controller.go canRemoveFinalizer (finishedCondition != nil -> true, else delayed pod -> false), trackJobStatusAndRemoveFinalizers (considerPodFailed counted), indexed_job_utils.go getPodsWithDelayedDeletionPerIndex, calculateFailedIndexes (failure-count 0 < 1: not a failed index)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sd}
spec:
  behaviors:
    - selector: {matchLabels: {app: sd}}
      duration: 1h
      perIndex:
        "0": {duration: 10s, exitCodes: [1]}
        "1": {duration: 15s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sd}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 1
  successPolicy:
    rules: [{succeededIndexes: "1"}]
  template:
    metadata: {labels: {app: sd}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sd');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'SuccessPolicy', 'Matched rules at index 0', 16], ['Complete', 'SuccessPolicy', 'Matched rules at index 0', 17]], 'conditions');
    h.eq([job.status.succeeded, job.status.completedIndexes, job.status.failed, job.status.failedIndexes, job.status.terminating], [1, '1', 1, '', 0],
      '[succeeded, completedIndexes, failed, failedIndexes, terminating]');
    const pods = h.podsOf('sd');
    h.eq(pods.map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], p.status.phase, h.exitCodeOf(p), (p.metadata.finalizers ?? []).length]),
      [['0', 'Failed', 1, 0], ['1', 'Succeeded', 0, 0], ['2', 'Failed', 143, 0]], 'pods [index, phase, exit, finalizers] (index 0 never retried)');
    h.eq(h.events({ kind: 'Job', name: 'sd' }).filter((e) => e.reason !== 'SuccessfulCreate').map((e) => [h.sec(e.firstTimestamp), e.reason]),
      [[16, 'SuccessfulDelete'], [17, 'Completed']], 'events');
  },
};
