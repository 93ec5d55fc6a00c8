// When a success policy is met, a crash-looping OnFailure pod of another index is deleted but not counted failed:
// backoffLimit 2, index 0 exits 0 at 10s, index 1 restarts at 10s (restartCount 1 < 2). The sync at 11s sets
// SuccessCriteriaMet (SuccessPolicy, "Matched rules at index 0"), deletes index 1's pod (its finalizer removed
// first, so failed stays unset); Complete at 12s with completionTime 12s.
export default {
  id: 'onfailure/success-policy-kills-crashloop-uncounted',
  source: 'job_controller.go syncJob (finishedCondition SuccessCriteriaMet -> deleteActivePods), trackJobStatusAndRemoveFinalizers (failure counting only when the finish condition is not SuccessCriteriaMet); success_policy.go matchSuccessPolicy message; reference job §2.7, §7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sp2}
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
  backoffLimit: 2
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
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'SuccessPolicy', 'Matched rules at index 0', 11], ['Complete', 'SuccessPolicy', 'Matched rules at index 0', 12]], 'conditions');
    h.eq([job.status.succeeded, job.status.failed, job.status.completedIndexes, h.sec(job.status.completionTime)], [1, undefined, '0', 12], '[succeeded, failed, completedIndexes, completionTime]');
    const p1 = h.podsOf('sp').find((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'] === '1');
    h.eq([p1.status.phase, p1.status.containerStatuses[0].restartCount, h.sec(p1.metadata.deletionTimestamp)], ['Failed', 1, 41], 'index 1 pod');
  },
};
