// An Ignore rule on exit code 143 (no containerName) matches every failed pod with a sidecar, since
// the stopped sidecar always exits 143: the first pod (main exit 3) is not counted as failed, its
// replacement succeeds, and the Job completes with failed 0, succeeded 1, two pods.
export default {
  id: 'sidecars/pfp-ignore-on-sidecar',
  source: 'pkg/controller/job/pod_failure_policy.go matchOnExitCodes (InitContainerStatuses searched after ContainerStatuses), matchPodFailurePolicy (Ignore -> not counted); pkg/controller/job/job_controller.go (ignored failures do not add to status.failed)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - action: Ignore
      onExitCodes: { operator: In, values: [143] }
  template:
    metadata: { annotations: { jobsim/duration: "20s", jobsim/exit-codes: "3,0" } }
    spec:
      initContainers: [{ name: proxy, image: envoy:1.30, restartPolicy: Always }]
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.map((p) => [p.status.phase, p.status.containerStatuses[0].state?.terminated?.exitCode]), [['Failed', 3], ['Succeeded', 0]], 'pods');
    const j = h.job('j');
    h.hasCond(j, 'Complete', 'CompletionsReached');
    h.eq([j.status.failed ?? 0, j.status.succeeded], [0, 1], 'counts');
  },
};
