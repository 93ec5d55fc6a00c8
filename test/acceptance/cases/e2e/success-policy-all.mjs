// e2e ConformanceIt "with successPolicy should succeeded when all indexes succeeded": succeededCount 2 of 2;
// SuccessCriteriaMet and Complete carry reason SuccessPolicy ("Matched rules at index 0"), not CompletionsReached
// (the success policy is evaluated before the completions check); final active 0, ready 0, terminating 0, failed 0.
export default {
  id: 'e2e/success-policy-all',
  source: 'test/e2e/apps/job.go ConformanceIt "with successPolicy should succeeded when all indexes succeeded" (WaitForJobCondition SuccessCriteriaMet/SuccessPolicy; WaitForJobComplete JobReasonSuccessPolicy; Active 0, Ready 0, Terminating 0, Failed 0); reference job-controller §2.4 step 7, §7',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: with-success-policy-all-index-succeeded}
spec:
  parallelism: 2
  completions: 2
  backoffLimit: 6
  completionMode: Indexed
  successPolicy:
    rules:
    - succeededCount: 2
  template:
    metadata: {annotations: {jobsim/duration: 2s}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('with-success-policy-all-index-succeeded');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'SuccessPolicy', 'Matched rules at index 0', 2], ['Complete', 'SuccessPolicy', 'Matched rules at index 0', 2]], 'conditions');
    h.eq([job.status.active ?? 0, job.status.ready, job.status.terminating, job.status.failed ?? 0, job.status.succeeded, job.status.completedIndexes], [0, 0, 0, 0, 2, '0,1'], 'status');
  },
};
