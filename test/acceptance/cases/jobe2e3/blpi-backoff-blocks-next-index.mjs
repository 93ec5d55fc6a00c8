// Indexed 3 completions, parallelism 2, backoffLimitPerIndex 1: index 0 fails at 10s while index 1 runs (100s). A slot is
// free, but the lowest pending index is 0, still in its own 10s back-off: nothing is created (index 2 does not start in
// its place); index 0 is recreated at 20s (failure-count "1"), and index 2 only starts at 31s, when the retried index 0
// has succeeded. The failed pod keeps its finalizer until its replacement exists (failed 1 only from 21s).
export default {
  id: 'jobe2e3/blpi-backoff-blocks-next-index',
  source: 'test/integration/job/job_test.go TestBackoffLimitPerIndex_JobPodsCreatedWithExponentialBackoff (per-index delays, validateExpotentialBackoffDelay) and TestBackoffLimitPerIndex "job succeeded" (wantReplacementPodFailureCount 1); job_controller.go manageJob (firstPendingIndexes(jobCtx, diff, completions), then getPodCreationInfoForIndependentIndexes: no index ready -> enqueueSyncJobWithDelay(remaining)); indexed_job_utils.go firstPendingIndexes, getPodsWithDelayedDeletionPerIndex',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pi}
spec:
  behaviors:
    - selector: {matchLabels: {app: pi}}
      duration: 100s
      perIndex:
        "0": {duration: 10s, exitCodes: [1, 0]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: pi}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 2
  backoffLimitPerIndex: 1
  template:
    metadata: {labels: {app: pi}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const ix = (p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'];
    const fc = (p) => p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'];
    h.eq(h.podsOf('pi').map((p) => [ix(p), fc(p), h.sec(p.metadata.creationTimestamp), p.status.phase]), [
      ['0', '0', 0, 'Failed'], ['1', '0', 0, 'Succeeded'], ['0', '1', 20, 'Succeeded'], ['2', '0', 31, 'Succeeded']], 'pods [index, failure-count, created, phase]');
    const creates = h.events({ kind: 'Job', name: 'pi', reason: 'SuccessfulCreate' }).map((e) => h.sec(e.firstTimestamp));
    h.eq(creates, [0, 0, 20, 31], 'SuccessfulCreate times');
    const job = h.job('pi');
    h.eq([job.status.succeeded, job.status.failed, job.status.completedIndexes, job.status.failedIndexes], [3, 1, '0-2', ''], '[succeeded, failed, completedIndexes, failedIndexes]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'CompletionsReached', 132], ['Complete', 'CompletionsReached', 132]], 'conditions');
  },
};
