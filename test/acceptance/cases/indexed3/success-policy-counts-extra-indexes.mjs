// successPolicy succeededIndexes "0": indexes 0 and 1 both succeed at 10s, index 2 runs 1h. At 11s the rule matches;
// both successes are counted (completedIndexes "0,1", succeeded 2), index 2's pod is deleted and not counted failed;
// Complete at 12s.
export default {
  id: 'indexed3/success-policy-counts-extra-indexes',
  source: 'pkg/controller/job/indexed_job_utils.go calculateSucceededIndexes; job_controller.go trackJobStatusAndRemoveFinalizers (every tracked Succeeded pod adds its index); success_policy.go matchSuccessPolicy; reference §2.7, §7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sx}
spec:
  behaviors:
    - selector: {matchLabels: {app: sx}}
      duration: 10s
      perIndex:
        "2": {duration: 1h}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sx}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  successPolicy:
    rules: [{succeededIndexes: "0"}]
  template:
    metadata: {labels: {app: sx}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sx');
    h.eq([job.status.completedIndexes, job.status.succeeded, job.status.failed ?? 0, job.status.terminating, h.sec(job.status.completionTime)], ['0,1', 2, 0, 0, 12], '[completedIndexes, succeeded, failed, terminating, completionTime]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'SuccessPolicy', 'Matched rules at index 0', 11], ['Complete', 'SuccessPolicy', 'Matched rules at index 0', 12]], 'conditions');
  },
};
