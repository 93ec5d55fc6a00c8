// Containers that exited 0 are skipped even by NotIn: the rule names the init container
// "setup" (valid), which completed with 0, so it never matches; the main container's failure
// (5) falls to default handling and backoffLimit 0 fails the Job with BackoffLimitExceeded.
export default {
  id: 'policy/exit-zero-never-matches',
  source: 'pod_failure_policy_test.go TestMatchPodFailurePolicy "successful containers are skipped by the rules"; pod_failure_policy.go getMatchingContainerFromList (ExitCode != 0)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - { action: FailJob, onExitCodes: { containerName: setup, operator: NotIn, values: [1] } }
  template:
    metadata: { annotations: { jobsim/exit-codes: "5" } }
    spec:
      initContainers: [{ name: setup, image: busybox }]
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('x');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason]), [['FailureTarget', 'BackoffLimitExceeded'], ['Failed', 'BackoffLimitExceeded']], 'conditions');
    h.eq(job.status.failed, 1, 'failed');
  },
};
