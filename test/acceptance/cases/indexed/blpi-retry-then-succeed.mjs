// backoffLimitPerIndex: 1 — index 0 fails once and is retried as <job>-0-xxxxx carrying job-index-failure-count "1"
// after the per-index delay of 10s from the failure (a success of index 1 at the same instant does not reset it);
// the Job completes with failed 1, succeeded 2, completedIndexes "0,1", failedIndexes "".
export default {
  id: 'indexed/blpi-retry-then-succeed',
  source: 'job_controller_test.go TestSyncJobWithJobBackoffLimitPerIndex "successful job after a single failure within index"; test/integration/job TestBackoffLimitPerIndex "job succeeded" (wantReplacementPodFailureCount 1); indexed_job_utils.go addIndexFailureCountAnnotation; backoff_utils.go getRemainingTimePerIndex; reference §3.4, §6, §12',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: blpi1}
spec:
  behaviors:
    - selector: {matchLabels: {app: bl}}
      duration: 10s
      perIndex:
        "0": {exitCodes: [1, 0]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: bl}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 1
  template:
    metadata: {labels: {app: bl}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('bl');
    const rows = pods.map((p) => [p.metadata.name.replace(/-[a-z0-9]{5}$/, '-*'), h.sec(p.metadata.creationTimestamp), p.status.phase,
      p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'] ?? null,
      p.metadata.annotations['batch.kubernetes.io/job-index-ignored-failure-count'] ?? null, p.spec.hostname]);
    h.eq(rows, [
      ['bl-0-*', 0, 'Failed', '0', null, 'bl-0'],
      ['bl-1-*', 0, 'Succeeded', '0', null, 'bl-1'],
      ['bl-0-*', 20, 'Succeeded', '1', null, 'bl-0'],
    ], 'pods [name, created, phase, failure-count, ignored-count, hostname]');
    const job = h.job('bl');
    h.eq(job.spec.backoffLimit, 2147483647, 'spec.backoffLimit defaulted to MaxInt32');
    h.eq([job.status.succeeded, job.status.failed, job.status.completedIndexes, job.status.failedIndexes],
      [2, 1, '0,1', ''], '[succeeded, failed, completedIndexes, failedIndexes]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'CompletionsReached', 'Reached expected number of succeeded pods', 31],
      ['Complete', 'CompletionsReached', 'Reached expected number of succeeded pods', 31],
    ], 'conditions');
  },
};
