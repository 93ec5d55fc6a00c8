// NotIn [0] is valid (0 is only forbidden with In) and matches any non-zero exit code.
export default {
  id: 'policy/notin-zero',
  source: 'pod_failure_policy_test.go TestMatchPodFailurePolicy "pod failure policy with NotIn operator and value 0"; validation.go validatePodFailurePolicyRuleOnExitCodes',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  podFailurePolicy:
    rules:
    - { action: FailJob, onExitCodes: { operator: NotIn, values: [0] } }
  template:
    metadata: { annotations: { jobsim/exit-codes: "1" } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pod = h.podsOf('x')[0];
    const c = h.hasCond(h.job('x'), 'Failed', 'PodFailurePolicy');
    h.eq(c.message, `Container main-container for pod default/${pod.metadata.name} failed with exit code 1 matching FailJob rule at index 0`, 'message');
  },
};
