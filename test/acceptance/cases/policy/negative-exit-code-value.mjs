// Values may be negative (Windows exit codes); a FailJob rule In [-1073741510, 137] is accepted
// and matches a container that exits 137.
export default {
  id: 'policy/negative-exit-code-value',
  source: 'test/integration/job/job_test.go TestJobPodFailurePolicy "pod status matching the configured FailJob rule on a negative exit code - needed for Windows support" (adapted: exit 137); TestMatchPodFailurePolicy "ignore rule matched on negative exit codes"',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  podFailurePolicy:
    rules:
    - { action: FailJob, onExitCodes: { operator: In, values: [-1073741510, 137] } }
  template:
    metadata: { annotations: { jobsim/exit-codes: "137" } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pod = h.podsOf('x')[0];
    const job = h.job('x');
    h.eq(job.spec.podFailurePolicy.rules[0].onExitCodes.values, [-1073741510, 137], 'values kept');
    h.eq(h.hasCond(job, 'Failed', 'PodFailurePolicy').message, `Container main-container for pod default/${pod.metadata.name} failed with exit code 137 matching FailJob rule at index 0`, 'message');
  },
};
