// The FailJob rule is restricted to the init container "setup", which completed with 0; the main
// container exits 5: the rule does not match and the failure is handled by default (counted,
// replaced after the 10s back-off; the second pod succeeds).
export default {
  id: 'jobtbl2/pfp-containername-init-container',
  source: 'job_controller_test.go TestSyncJobWithJobPodFailurePolicy (initContainer rows: onExitCodes matched against InitContainerStatuses only for terminated non-zero codes); pod_failure_policy.go getMatchingContainerFromList (containerName filter, exit code 0 never matches); reference §5',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  podFailurePolicy:
    rules:
    - { action: FailJob, onExitCodes: { containerName: setup, operator: In, values: [5] } }
  template:
    metadata: { annotations: { jobsim/exit-codes: "5,0" } }
    spec:
      initContainers: [{ name: setup, image: busybox }]
      containers: [{ name: main, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    h.noCond(j, 'FailureTarget');
    h.hasCond(j, 'Complete');
    h.eq([j.status.failed, j.status.succeeded], [1, 1], '[failed, succeeded]');
    const pods = h.podsOf('x');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 20], 'pod creations');
    h.eq(pods[0].status.initContainerStatuses?.[0]?.state?.terminated?.exitCode, 0, 'init container exit code');
  },
};
