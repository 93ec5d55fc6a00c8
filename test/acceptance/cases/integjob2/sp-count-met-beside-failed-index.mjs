// TestSuccessPolicy "job with successPolicy and backoffLimitPerIndex" (the other outcome): 3/3 Indexed,
// backoffLimitPerIndex 0, successPolicy succeededCount 1. Index 0 fails (10s): failedIndexes "0". Index 1 succeeds
// (20s) while index 2 still runs: failed + succeeded indexes (2) < completions (3), so the FailedIndexes rule does not
// apply yet and the success policy is met: SuccessCriteriaMet (SuccessPolicy) at 21s, index 2 deleted (not counted).
// The Job completes with failedIndexes "0" and failed 1.
export default {
  id: 'integjob2/sp-count-met-beside-failed-index',
  source: 'test/integration/job/job_test.go TestSuccessPolicy "job with successPolicy and backoffLimitPerIndex; job has a Failed condition if job meets backoffLimitPerIndex" (contrast: there every index is done); job_controller.go syncJob (FailedIndexes requires failed+succeeded >= completions; matchSuccessPolicy when no finishedCondition); success_policy.go matchSuccessPolicy',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sb}
spec:
  behaviors:
    - selector: {matchLabels: {app: sb}}
      duration: 300s
      perIndex:
        "0": {duration: 10s, exitCodes: [1]}
        "1": {duration: 20s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sb}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 0
  successPolicy:
    rules: [{succeededCount: 1}]
  template:
    metadata: {labels: {app: sb}}
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sb');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'True', 'SuccessPolicy', 'Matched rules at index 0', 21],
      ['Complete', 'True', 'SuccessPolicy', 'Matched rules at index 0', 22],
    ], 'conditions');
    h.eq([job.status.succeeded, job.status.completedIndexes, job.status.failed, job.status.failedIndexes, job.status.terminating, h.sec(job.status.completionTime)], [1, '1', 1, '0', 0, 22],
      '[succeeded, completedIndexes, failed, failedIndexes, terminating, completionTime]');
    h.eq(h.podsOf('sb').map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], p.status.phase, h.exitCodeOf(p)]), [['0', 'Failed', 1], ['1', 'Succeeded', 0], ['2', 'Failed', 143]], 'pods [index, phase, exit code] (no replacement for index 0)');
    h.eq(h.events({ kind: 'Job', name: 'sb', type: 'Warning' }).length, 0, 'no Warning event');
  },
};
