// FailIndex and a success policy: index 0 exits 3 at 5s (FailIndex: failedIndexes "0" at 6s, no retry); index 1
// succeeds at 10s; succeededCount 1 is met at 11s (1 failed + 1 succeeded < 3 completions, so FailedIndexes does not
// apply): SuccessCriteriaMet, index 2's pod deleted, Complete once it is gone. The finished Job keeps failedIndexes "0"
// and failed 1.
export default {
  id: 'indexed3/failindex-then-success-policy-keeps-failed',
  source: 'pkg/controller/job/job_controller.go syncJob (per-index checks before the success policy; FailedIndexes needs failed+succeeded >= completions), trackJobStatusAndRemoveFinalizers (FailedIndexes written); success_policy.go matchSuccessPolicy; reference §2.4, §6, §7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: fsp}
spec:
  behaviors:
    - selector: {matchLabels: {app: fsp}}
      duration: 1h
      perIndex:
        "0": {duration: 5s, exitCodes: [3]}
        "1": {duration: 10s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: fsp}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 2
  podFailurePolicy:
    rules: [{action: FailIndex, onExitCodes: {operator: In, values: [3]}}]
  successPolicy:
    rules: [{succeededCount: 1}]
  template:
    metadata: {labels: {app: fsp}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('fsp').length, 3, 'no retry of index 0');
    const job = h.job('fsp');
    h.eq([job.status.failedIndexes, job.status.completedIndexes, job.status.failed, job.status.succeeded, job.status.terminating], ['0', '1', 1, 1, 0], '[failedIndexes, completedIndexes, failed, succeeded, terminating]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'SuccessPolicy', 'Matched rules at index 0', 11],
      ['Complete', 'SuccessPolicy', 'Matched rules at index 0', 12]], 'conditions');
  },
};
