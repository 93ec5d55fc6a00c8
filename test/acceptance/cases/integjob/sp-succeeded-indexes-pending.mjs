// TestSuccessPolicy "job with successPolicy with succeededIndexes; job has SuccessCriteriaMet and Complete conditions even
// if some indexes remain pending": 2/2 with succeededIndexes "1": index 1 succeeds while index 0 runs -> wantActive 0,
// wantSucceeded 1, completedIndexes "1", wantTerminating 1, wantFailed 0; then Complete once index 0's pod is gone.
// Index 0's pod has a 5s preStop sleep so that it stays terminating for a while.
export default {
  id: 'integjob/sp-succeeded-indexes-pending',
  source: 'test/integration/job/job_test.go TestSuccessPolicy "job with successPolicy with succeededIndexes; job has SuccessCriteriaMet and Complete conditions even if some indexes remain pending"; reference §7 (remaining pods deleted, not counted as failed), §2.8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sp-pending}
spec:
  behaviors:
    - selector: {matchLabels: {app: sp}}
      duration: 10s
      perIndex:
        "0": {duration: 300s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sp}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  successPolicy:
    rules: [{succeededIndexes: "1"}]
  template:
    metadata: {labels: {app: sp}}
    spec:
      terminationGracePeriodSeconds: 30
      containers: [{name: main-container, image: foo, lifecycle: {preStop: {sleep: {seconds: 5}}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sp');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'SuccessPolicy', 'Matched rules at index 0', 11],
      ['Complete', 'SuccessPolicy', 'Matched rules at index 0', 17],
    ], 'conditions');
    h.eq([job.status.active ?? 0, job.status.failed ?? 0, job.status.succeeded, job.status.completedIndexes, job.status.terminating, job.status.ready], [0, 0, 1, '1', 0, 0], '[active, failed, succeeded, completedIndexes, terminating, ready]');
    h.eq(h.podsOf('sp').length, 2, 'pods created');
    h.eq(h.events({ kind: 'Job', name: 'sp', reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), [11], 'SuccessfulDelete at');
  },
};
