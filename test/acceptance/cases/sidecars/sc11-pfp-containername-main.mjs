// The same rule restricted to containerName main does not match the sidecar's 143 (nor main's 3): the
// failure counts against backoffLimit 0 and the Job fails with BackoffLimitExceeded instead.
export default {
  id: 'sidecars/pfp-containername-main',
  source: 'pkg/controller/job/pod_failure_policy.go getMatchingContainerFromList (requirement.ContainerName == nil || == containerStatus.Name)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: { containerName: main, operator: In, values: [143] }
  template:
    metadata: { annotations: { jobsim/duration: "20s", jobsim/exit-codes: "3" } }
    spec:
      initContainers: [{ name: proxy, image: envoy:1.30, restartPolicy: Always }]
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.hasCond(j, 'Failed', 'BackoffLimitExceeded');
    h.eq(j.status.failed, 1, 'failed');
    h.eq(h.podsOf('j')[0].status.initContainerStatuses[0].state?.terminated?.exitCode, 143, 'the sidecar did exit 143');
  },
};
