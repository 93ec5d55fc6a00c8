// Indexed 1/1, backoffLimitPerIndex 1; index 0 exits 1, 1, 1, then 0. The first pod fails at 10s, its replacement (20s)
// carries failure-count "1" and the failed pod is then counted (failed 1, finalizer gone). A suspension at 25s deletes the
// replacement (not counted). On resume (40s) no tracked failed pod is left for the index, so the new pod starts with
// failure-count "0": its failure at 50s does not fail the index (a fourth attempt at 60s, failure-count "1", succeeds)
// and the Job completes at 71s with failed 2 and failedIndexes "".
export default {
  id: 'jobe2e3/blpi-suspend-forgets-index-failures',
  source: 'test/integration/job/job_test.go TestBackoffLimitPerIndex ("job index fails due to exceeding backoff limit per index": wantReplacementPodFailureCount) and TestSuspendJob; indexed_job_utils.go getPodsWithDelayedDeletionPerIndex (getValidPodsWithFilter: only pods with the tracking finalizer), getNewIndexFailureCounts (podBeingReplaced nil -> 0), isIndexFailed; job_controller.go manageJob (suspend: deleteJobPods removes the finalizer first)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: bs}
spec:
  behaviors:
    - selector: {matchLabels: {app: bs}}
      duration: 10s
      perIndex:
        "0": {exitCodes: [1, 1, 1, 0]}
  timeline:
    - {at: 25s, patch: {kind: Job, name: bs, spec: {suspend: true}}}
    - {at: 40s, patch: {kind: Job, name: bs, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: bs}
spec:
  completionMode: Indexed
  completions: 1
  parallelism: 1
  backoffLimitPerIndex: 1
  template:
    metadata: {labels: {app: bs}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const fc = (p) => p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'];
    h.eq(h.podsOf('bs').map((p) => [h.sec(p.metadata.creationTimestamp), fc(p), p.status.phase, h.exitCodeOf(p)]), [
      [0, '0', 'Failed', 1], [20, '1', 'Failed', 143], [40, '0', 'Failed', 1], [60, '1', 'Succeeded', 0]], 'pods [created, failure-count, phase, exit]');
    const job = h.job('bs');
    h.eq([job.status.succeeded, job.status.failed, job.status.failedIndexes, job.status.completedIndexes], [1, 2, '', '0'], '[succeeded, failed, failedIndexes, completedIndexes]');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]), [
      ['Suspended', 'False', 'JobResumed', 40], ['SuccessCriteriaMet', 'True', 'CompletionsReached', 71], ['Complete', 'True', 'CompletionsReached', 71]], 'conditions');
  },
};
