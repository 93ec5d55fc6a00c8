// e2e ConformanceIt "with successPolicy succeededCount rule should succeeded even when some indexes remain pending":
// failOddSucceedEven, completions 5, succeededCount 1: index 0 succeeds, the Job gets SuccessCriteriaMet/Complete
// (SuccessPolicy) with completedIndexes "0"; indexes 2-4 never run; active 0, ready 0, terminating 0.
export default {
  id: 'e2e/success-policy-count',
  source: 'test/e2e/apps/job.go ConformanceIt "with successPolicy succeededCount rule should succeeded even when some indexes remain pending" (CompletedIndexes "0", Active 0, Ready 0, Terminating 0); reference job-controller §7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  behaviors:
  - selector: {matchLabels: {job: sc}}
    duration: 2s
    exitCodes: [1]
    perIndex:
      "0": {exitCodes: [0]}
      "2": {exitCodes: [0]}
      "4": {exitCodes: [0]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: with-success-policy-succeeded-count}
spec:
  parallelism: 2
  completions: 5
  backoffLimit: 2147483647
  completionMode: Indexed
  successPolicy:
    rules:
    - succeededCount: 1
  template:
    metadata: {labels: {job: sc}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('with-success-policy-succeeded-count');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message]), [
      ['SuccessCriteriaMet', 'SuccessPolicy', 'Matched rules at index 0'], ['Complete', 'SuccessPolicy', 'Matched rules at index 0']], 'conditions');
    h.eq([job.status.completedIndexes, job.status.succeeded, job.status.active ?? 0, job.status.ready, job.status.terminating], ['0', 1, 0, 0, 0], 'status');
    h.eq(h.podsOf('with-success-policy-succeeded-count').map((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index']).sort(), ['0', '1'], 'indexes that ran');
  },
};
