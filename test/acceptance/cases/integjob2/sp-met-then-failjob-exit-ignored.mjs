// TestSuccessPolicy + TestJobPodFailurePolicy: once the Job has SuccessCriteriaMet, the pod failure policy is no longer
// evaluated. 2/2 Indexed, successPolicy succeededIndexes "0", FailJob on exit code 5; index 0 succeeds at 10s:
// SuccessCriteriaMet at 11s, index 1 deleted. Index 1 ignores SIGTERM and ends on its own at 20s with exit code 5; the
// pod stays (a user finalizer holds it). The Job still completes (21s), with no FailureTarget and failed 0.
export default {
  id: 'integjob2/sp-met-then-failjob-exit-ignored',
  source: 'test/integration/job/job_test.go TestSuccessPolicy ("job has SuccessCriteriaMet and Complete conditions even if some indexes remain pending"), TestJobPodFailurePolicy (FailJob rule); job_controller.go syncJob ("the job-controller evaluates the podFailurePolicy only when the Job doesn\'t have the SuccessCriteriaMet condition"), trackJobStatusAndRemoveFinalizers',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: spf}
spec:
  behaviors:
    - selector: {matchLabels: {app: sp}}
      duration: 10s
      onSigterm: ignore
      perIndex:
        "1": {duration: 20s, exitCodes: [5]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sp}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  successPolicy:
    rules: [{succeededIndexes: "0"}]
  podFailurePolicy:
    rules:
      - action: FailJob
        onExitCodes: {operator: In, values: [5]}
  template:
    metadata: {labels: {app: sp}, finalizers: [example.com/keep]}
    spec:
      terminationGracePeriodSeconds: 30
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sp');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'SuccessPolicy', 'Matched rules at index 0', 11],
      ['Complete', 'SuccessPolicy', 'Matched rules at index 0', 21],
    ], 'conditions');
    h.eq([job.status.succeeded, job.status.completedIndexes, job.status.failed ?? 0, job.status.terminating], [1, '0', 0, 0], '[succeeded, completedIndexes, failed, terminating]');
    const p1 = h.podsOf('sp').find((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'] === '1');
    h.eq([p1.status.phase, h.exitCodeOf(p1), p1.metadata.finalizers], ['Failed', 5, ['example.com/keep']], 'index 1 pod [phase, exit code, finalizers]');
    h.eq(h.events({ kind: 'Job', name: 'sp', type: 'Warning' }).length, 0, 'no Warning event');
  },
};
