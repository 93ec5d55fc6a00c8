// The five-rule policy of the upstream "no rule matched" row: exit code 32 is caught by the
// first rule (Count, NotIn [8]), so it counts: with backoffLimit 0 the Job fails
// BackoffLimitExceeded, not PodFailurePolicy (the FailJob NotIn rule at index 2 is never reached).
export default {
  id: 'policy/no-rule-matched-row',
  source: 'pod_failure_policy_test.go TestMatchPodFailurePolicy "no rule matched" (wantAction Count, wantCountFailed true)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - { action: Count, onExitCodes: { operator: NotIn, values: [8] } }
    - { action: Ignore, onExitCodes: { operator: In, values: [1, 2, 3] } }
    - { action: FailJob, onExitCodes: { operator: NotIn, values: [5, 6, 7] } }
    - { action: Count, onPodConditions: [{ type: ResourceLimitExceeded, status: "True" }] }
    - { action: Ignore, onPodConditions: [{ type: DisruptionTarget, status: "True" }] }
  template:
    metadata: { annotations: { jobsim/exit-codes: "32" } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('x');
    h.hasCond(job, 'Failed', 'BackoffLimitExceeded');
    h.eq(job.status.failed, 1, 'failed');
  },
};
