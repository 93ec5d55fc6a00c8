// Job concept page, "Success policy": "When you specify both succeeded indexes and succeeded count, once the number of
// succeeded indexes from the subset of indexes specified in the succeededIndexes field reaches the value of
// succeededCount, the Job is marked as succeeded." Rule {succeededIndexes "0-3", succeededCount 2}: index 4 (3s) is
// outside the subset and does not count, index 0 (5s) is one, index 2 (8s) the second: SuccessCriteriaMet at 9s,
// lingering indexes 1 and 3 deleted (not counted as failed), Complete at 10s; completedIndexes "0,2,4".
export default {
  id: 'jobdocs/j16-success-policy-indexes-and-count',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#success-policy; success_policy.go matchSuccessPolicy/matchSucceededIndexesRule (contains >= succeededCount), job_controller.go trackJobStatusAndRemoveFinalizers (isSuccessCriteriaMetCondition: lingering pods not failed)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: sp-both }
spec:
  behaviors:
  - selector: { matchLabels: { job-name: sp } }
    duration: 30s
    perIndex:
      "4": { duration: 3s }
      "0": { duration: 5s }
      "2": { duration: 8s }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: sp
spec:
  completions: 5
  parallelism: 5
  completionMode: Indexed
  successPolicy:
    rules:
    - succeededIndexes: "0-3"
      succeededCount: 2
  template:
    spec:
      containers:
      - name: c
        image: busybox:1.36
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sp');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'SuccessPolicy', 'Matched rules at index 0', 9], ['Complete', 'SuccessPolicy', 'Matched rules at index 0', 10]], 'conditions');
    h.eq([job.status.completedIndexes, job.status.succeeded, job.status.failed, h.sec(job.status.completionTime)], ['0,2,4', 3, undefined, 10], 'status');
    h.eq(h.events({ kind: 'Job', reason: 'SuccessfulDelete' }).map((e) => [e.message, h.sec(e.firstTimestamp)]), [['Deleted pod: sp-1-vqbl8', 9], ['Deleted pod: sp-3-6wrb2', 9]], 'lingering deleted');
    h.eq(h.podsOf('sp').length, 5, 'no new pods');
  },
};
