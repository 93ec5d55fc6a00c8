// The OnFailure restart limit is checked before the success policy: Indexed, 2 pods, successPolicy
// succeededIndexes "0", backoffLimit 1. At 10s index 0 exits 0 (Succeeded) and index 1 exits 1 and restarts at
// once. The sync at 11s finds both the rule met and the restart sum 1 >= 1: FailureTarget BackoffLimitExceeded
// (not SuccessCriteriaMet); index 1's pod is deleted and counted failed; completedIndexes "0", succeeded 1.
export default {
  id: 'onfailure/limit-before-success-policy',
  source: 'job_controller.go syncJob (pastBackoffLimitOnFailure before matchSuccessPolicy, which runs only while finishedCondition == nil); reference job §2.4 steps 4 and 7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sp}
spec:
  behaviors:
  - selector: {matchLabels: {job-name: sp}}
    duration: 10s
    exitCodes: [1]
    perIndex:
      "0": {exitCodes: [0]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sp}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimit: 1
  successPolicy:
    rules:
    - succeededIndexes: "0"
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('sp');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 11], ['Failed', 'BackoffLimitExceeded', 12]], 'conditions');
    h.eq([job.status.succeeded, job.status.failed, job.status.completedIndexes, job.status.completionTime], [1, 1, '0', undefined], '[succeeded, failed, completedIndexes, completionTime]');
  },
};
