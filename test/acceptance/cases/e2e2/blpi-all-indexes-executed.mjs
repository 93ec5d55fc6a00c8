// e2e ConformanceIt "should execute all indexes despite some failing when using backoffLimitPerIndex": failOddSucceedEven,
// parallelism 2, completions 4, backoffLimitPerIndex 1. Odd indexes fail twice (the second pod carries
// job-index-failure-count "1", created after the 10s per-index backoff); even ones succeed. Final: failedIndexes "1,3",
// completedIndexes "0,2", failed 4, succeeded 2, FailureTarget and Failed with reason FailedIndexes at 52s.
export default {
  id: 'e2e2/blpi-all-indexes-executed',
  source: 'test/e2e/apps/job.go ConformanceIt "should execute all indexes despite some failing when using backoffLimitPerIndex" (FailedIndexes "1,3", CompletedIndexes "0,2", Failed 4, Succeeded 2); job_controller.go syncJob (FailedIndexes reason "Job has failed indexes"), getPodCreationInfoForIndependentIndexes (per-index backoff)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  behaviors:
  - selector: {matchLabels: {job: blpi}}
    exitCodes: [0]
    perIndex:
      "1": {exitCodes: [1]}
      "3": {exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: with-backoff-limit-per-index}
spec:
  parallelism: 2
  completions: 4
  backoffLimitPerIndex: 1
  completionMode: Indexed
  template:
    metadata: {labels: {job: blpi}}
    spec:
      containers: [{name: c, image: busybox, command: [sh, -c]}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('with-backoff-limit-per-index');
    h.eq(job.spec.backoffLimit, 2147483647, 'backoffLimit defaulted to MaxInt32 with backoffLimitPerIndex');
    h.eq([job.status.failedIndexes, job.status.completedIndexes, job.status.failed, job.status.succeeded, job.status.active ?? 0, job.status.terminating], ['1,3', '0,2', 4, 2, 0, 0], 'status');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'FailedIndexes', 'Job has failed indexes', 52], ['Failed', 'FailedIndexes', 'Job has failed indexes', 52]], 'conditions');
    h.eq(job.status.completionTime, undefined, 'no completionTime for a failed Job');
    const pods = h.podsOf('with-backoff-limit-per-index');
    h.eq(pods.map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], p.metadata.annotations['batch.kubernetes.io/job-index-failure-count'], h.sec(p.metadata.creationTimestamp), p.status.phase]).sort(), [
      ['0', '0', 0, 'Succeeded'], ['1', '0', 0, 'Failed'], ['1', '1', 20, 'Failed'], ['2', '0', 11, 'Succeeded'], ['3', '0', 21, 'Failed'], ['3', '1', 41, 'Failed']], 'pods per index');
    h.eq(h.events({ kind: 'Job', type: 'Warning' }).map((e) => [e.reason, e.message, h.sec(e.firstTimestamp)]), [['FailedIndexes', 'Job has failed indexes', 52]], 'warning event');
  },
};
