// Job concept page, "Success policy": "the Job controller evaluates the rules in order. Once the Job meets a rule, the
// Job controller ignores remaining rules." Indexes 1 and 2 succeed at 5s: rule 0 (indexes 0,2) is not met, rules 1
// (succeededCount 2) and 2 (indexes 1-2) both are; the message names the first of them: "Matched rules at index 1".
export default {
  id: 'jobdocs/j17-success-policy-first-matching-rule',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#success-policy; success_policy.go matchSuccessPolicy (returns at the first matching rule, "%s %d" with "Matched rules at index")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: sp-order }
spec:
  behaviors:
  - selector: { matchLabels: { job-name: rules } }
    duration: 30s
    perIndex:
      "1": { duration: 5s }
      "2": { duration: 5s }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: rules
spec:
  completions: 4
  parallelism: 4
  completionMode: Indexed
  successPolicy:
    rules:
    - succeededIndexes: "0,2"
    - succeededCount: 2
    - succeededIndexes: "1-2"
  template:
    spec:
      containers:
      - name: c
        image: busybox:1.36
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('rules');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'SuccessPolicy', 'Matched rules at index 1', 6], ['Complete', 'SuccessPolicy', 'Matched rules at index 1', 7]], 'conditions');
    h.eq([job.status.completedIndexes, job.status.succeeded], ['1,2', 2], 'status');
  },
};
