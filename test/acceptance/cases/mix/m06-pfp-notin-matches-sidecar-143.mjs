// podFailurePolicy Ignore onExitCodes NotIn [0, 3] without containerName: main exits 3 (no match),
// but the sidecar, stopped with 143, is in initContainerStatuses and matches: the failure is
// ignored (status.failed 0), the replacement succeeds.
export default {
  id: 'mix/pfp-notin-matches-sidecar-143',
  source: 'pkg/controller/job/pod_failure_policy.go matchOnExitCodes (ContainerStatuses, then InitContainerStatuses; containerName unset matches any)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - action: Ignore
      onExitCodes: {operator: NotIn, values: [0, 3]}
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "3,0"}}
    spec:
      restartPolicy: Never
      initContainers: [{name: proxy, image: envoy:1.30, restartPolicy: Always}]
      containers: [{name: main, image: busybox:1.36}]
`,
  check(r, h) {
    const j = h.job('j');
    h.hasCond(j, 'Complete');
    h.eq([j.status.failed ?? 0, j.status.succeeded], [0, 1], 'failed/succeeded');
    h.eq(h.podsOf('j').map((p) => p.status.phase), ['Failed', 'Succeeded'], 'phases');
  },
};
