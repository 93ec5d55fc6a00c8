// e2e ConformanceIt "with successPolicy succeededIndexes rule should succeeded even when some indexes remain pending":
// failOddSucceedEven, parallelism 2, completions 5, succeededIndexes "0". Index 0 succeeds and index 1 fails at 10s; the
// sync at 11s matches the rule: SuccessCriteriaMet and Complete (SuccessPolicy, "Matched rules at index 0"); indexes 2-4
// never run; the failed index-1 pod is still counted (failed 1).
export default {
  id: 'e2e2/success-policy-indexes',
  source: 'test/e2e/apps/job.go ConformanceIt "with successPolicy succeededIndexes rule should succeeded even when some indexes remain pending" (SuccessCriteriaMet SuccessPolicy, WaitForJobComplete SuccessPolicy, CompletedIndexes "0", Active 0, Ready 0, Terminating 0); success_policy.go matchSuccessPolicy',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  behaviors:
  - selector: {matchLabels: {job: si}}
    exitCodes: [0]
    perIndex:
      "1": {exitCodes: [1]}
      "3": {exitCodes: [1]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: with-success-policy-succeeded-indexed}
spec:
  parallelism: 2
  completions: 5
  backoffLimit: 6
  completionMode: Indexed
  successPolicy:
    rules:
    - succeededIndexes: "0"
  template:
    metadata: {labels: {job: si}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('with-success-policy-succeeded-indexed');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'SuccessPolicy', 'Matched rules at index 0', 11], ['Complete', 'SuccessPolicy', 'Matched rules at index 0', 11]], 'conditions');
    h.eq([job.status.completedIndexes, job.status.succeeded, job.status.failed, job.status.active ?? 0, job.status.ready, job.status.terminating, h.sec(job.status.completionTime)], ['0', 1, 1, 0, 0, 0, 11], 'status');
    h.eq(h.podsOf('with-success-policy-succeeded-indexed').length, 2, 'only indexes 0 and 1 ran');
    h.eq(h.events({ kind: 'Job' }).map((e) => [e.type, e.reason, h.sec(e.firstTimestamp)]), [['Normal', 'SuccessfulCreate', 0], ['Normal', 'SuccessfulCreate', 0], ['Normal', 'Completed', 11]], 'job events');
  },
};
