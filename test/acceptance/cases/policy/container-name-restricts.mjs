// onExitCodes.containerName limits the rule to that container: with containers main and
// sidecar both exiting 5, the rule names sidecar in the message.
export default {
  id: 'policy/container-name-restricts',
  source: 'job_controller_test.go TestSyncJobWithJobPodFailurePolicy "default handling for pod failure if the container matching the exit codes does not match the containerName restriction"; pod_failure_policy.go getMatchingContainerFromList',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  podFailurePolicy:
    rules:
    - { action: FailJob, onExitCodes: { containerName: sidecar, operator: In, values: [5, 6, 7] } }
  template:
    metadata: { annotations: { jobsim/exit-codes: "5" } }
    spec:
      containers: [{ name: main, image: busybox }, { name: sidecar, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pod = h.podsOf('x')[0];
    const c = h.hasCond(h.job('x'), 'Failed', 'PodFailurePolicy');
    h.eq(c.message, `Container sidecar for pod default/${pod.metadata.name} failed with exit code 5 matching FailJob rule at index 0`, 'message');
  },
};
