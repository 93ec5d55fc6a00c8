// successPolicy with backoffLimitPerIndex: 0: index 0 fails (failedIndexes "0"); when index 1 succeeds, 1 failed +
// 1 succeeded < 3 completions, so no FailedIndexes yet, and succeededCount: 1 matches: SuccessCriteriaMet, index 2
// deleted, Complete with reason SuccessPolicy while failedIndexes stays "0".
export default {
  id: 'indexed/successpolicy-after-failed-index',
  source: 'job_controller_test.go TestSyncJobWithJobSuccessPolicy "job with SuccessCriteriaMet has never been transitioned to FailureTarget and Failed even if job meet backoffLimitPerIndex" (Complete with FailedIndexes "0"); job_controller.go syncJob (per-index failure checks, then matchSuccessPolicy); reference §2.4 steps 6-7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sp5}
spec:
  behaviors:
    - selector: {matchLabels: {app: sp5}}
      duration: 1h
      perIndex:
        "0": {duration: 10s, exitCodes: [1]}
        "1": {duration: 20s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sp5}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 0
  successPolicy:
    rules:
    - succeededCount: 1
  template:
    metadata: {labels: {app: sp5}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sp5');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]),
      [['SuccessCriteriaMet', 'SuccessPolicy', 21], ['Complete', 'SuccessPolicy', 22]], 'conditions');
    h.eq([job.status.failed, job.status.succeeded, job.status.failedIndexes, job.status.completedIndexes], [1, 1, '0', '1'], '[failed, succeeded, failedIndexes, completedIndexes]');
  },
};
