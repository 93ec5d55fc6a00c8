// The message names the index of the rule that matched: a Count rule that does not match is
// skipped, the FailJob rule at index 1 matches exit code 6.
export default {
  id: 'policy/failjob-second-rule-index',
  source: 'pod_failure_policy_test.go TestMatchPodFailurePolicy "second jobfail rule matched for exit codes"; pod_failure_policy.go matchPodFailurePolicy',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  podFailurePolicy:
    rules:
    - { action: Count, onExitCodes: { operator: In, values: [1, 2, 3] } }
    - { action: FailJob, onExitCodes: { operator: In, values: [4, 5, 6] } }
  template:
    metadata: { annotations: { jobsim/exit-codes: "6" } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pod = h.podsOf('x')[0];
    const job = h.job('x');
    const c = h.hasCond(job, 'Failed', 'PodFailurePolicy');
    h.eq(c.message, `Container main-container for pod default/${pod.metadata.name} failed with exit code 6 matching FailJob rule at index 1`, 'message');
    h.eq(job.status.failed, 1, 'failed');
  },
};
