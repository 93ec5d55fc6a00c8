// Once SuccessCriteriaMet is set, failure rules are not evaluated any more: the pod of index 0 deleted by the success
// policy ends Failed with exit code 143, which matches a FailJob rule, yet the Job goes on to Complete
// (reason SuccessPolicy) and the killed pod is not counted in status.failed.
export default {
  id: 'indexed/successcriteriamet-never-fails',
  source: 'job_controller_test.go TestSyncJobWithJobSuccessPolicy "job with SuccessCriteriaMet has never been transitioned to FailureTarget and Failed even if job meets podFailurePolicy"; job_controller.go syncJob (hasSuccessCriteriaMetCondition first); reference §2.4 step 1, §7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sp8}
spec:
  behaviors:
    - selector: {matchLabels: {app: sp8}}
      duration: 1h
      perIndex:
        "1": {duration: 10s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sp8}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  successPolicy:
    rules:
    - succeededCount: 1
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: {operator: In, values: [143]}
  template:
    metadata: {labels: {app: sp8}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p0 = h.podsOf('sp8').find((p) => p.metadata.name.startsWith('sp8-0-'));
    h.eq([p0.status.phase, h.exitCodeOf(p0)], ['Failed', 143], 'index 0 pod killed');
    const job = h.job('sp8');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'SuccessPolicy', 'Matched rules at index 0', 11],
      ['Complete', 'SuccessPolicy', 'Matched rules at index 0', 12],
    ], 'conditions');
    h.eq([job.status.failed ?? 0, job.status.succeeded, job.status.terminating], [0, 1, 0], '[failed, succeeded, terminating]');
  },
};
