// job-success-policy.yaml run literally: all 10 scripts exit at once (index 2 with 0, nine with 1). The Job controller
// evaluates backoffLimit before the success policy, so when the nine failures (> default backoffLimit 6) are seen in the
// same sync as the success, the Job fails with BackoffLimitExceeded even though index 2 succeeded.
export default {
  id: 'docsexamples/d18-success-policy-literal-simultaneous',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#success-policy; job_controller.go syncJob (exceedsBackoffLimit checked before matchSuccessPolicy); reference job §2.4 order, §15 item 10',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: success-policy-literal
spec:
  behaviors:
  - selector: { matchLabels: { job-name: job-success } }
    duration: 10s
    exitCodes: [1]
    perIndex:
      "2": { exitCodes: [0] }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: job-success
spec:
  parallelism: 10
  completions: 10
  completionMode: Indexed
  successPolicy:
    rules:
      - succeededIndexes: 0,2-3
        succeededCount: 1
  template:
    spec:
      containers:
      - name: main
        image: python
        command: ["python3", "-c", "..."]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('job-success');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 11], ['Failed', 'BackoffLimitExceeded', 11]], 'conditions');
    h.eq([job.status.succeeded, job.status.completedIndexes, job.status.failed], [1, '2', 9], 'status');
    h.noCond(job, 'SuccessCriteriaMet');
  },
};
