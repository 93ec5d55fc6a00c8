// e2e "with successPolicy succeededIndexes rule should succeeded even when some indexes remain pending": Indexed,
// parallelism 2, completions 5, successPolicy {succeededIndexes: "0"}; index 0 succeeds while index 1 still runs:
// SuccessCriteriaMet (reason SuccessPolicy, "Matched rules at index 0"), the running pod is deleted without being
// counted as failed, and Complete follows once it has terminated; indexes 2-4 never run.
export default {
  id: 'upstreamtests/e2e-success-policy-succeeded-indexes',
  source: 'test/e2e/apps/job.go "with successPolicy succeededIndexes rule should succeeded even when some indexes remain pending" (JobSuccessCriteriaMet and Complete with JobReasonSuccessPolicy); success_policy.go matchSuccessPolicy; reference job-controller §7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sp}
spec:
  behaviors:
  - selector: {matchLabels: {app: sp}}
    duration: 50s
    exitCodes: [1]
    perIndex:
      "0": {duration: 5s, exitCodes: [0]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: with-success-policy}
spec:
  parallelism: 2
  completions: 5
  completionMode: Indexed
  successPolicy:
    rules:
    - succeededIndexes: "0"
  template:
    metadata: {labels: {app: sp}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('with-success-policy');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'SuccessPolicy', 'Matched rules at index 0', 6],
      ['Complete', 'SuccessPolicy', 'Matched rules at index 0', 7]], 'conditions');
    h.eq([job.status.succeeded, job.status.failed ?? 0, job.status.completedIndexes, job.status.active ?? 0, job.status.terminating], [1, 0, '0', 0, 0], 'status');
    h.eq(h.podsOf('with-success-policy').map((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index']), ['0', '1'], 'indexes that ran');
  },
};
