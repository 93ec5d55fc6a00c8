// restartPolicy Never, exit codes 1 then 0, with a sidecar: the first pod is Failed at +20s (once its
// sidecar is stopped), counted once (failed 1); the replacement is created after the 10s
// pod-recreation backoff (+30s) and succeeds; the Job completes at +51s as it would without a sidecar.
export default {
  id: 'sidecars/never-retry-after-sidecar-stop',
  source: 'pkg/kubelet/kubelet_pods.go getPhase (Failed by the regular container once the sidecar is terminated); pkg/controller/job/job_controller.go manageJob / backoff (min(10s*2^(n-1), 10m) from the failure\'s finish time)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "20s", jobsim/exit-codes: "1,0" } }
    spec:
      initContainers: [{ name: proxy, image: envoy:1.30, restartPolicy: Always }]
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, p.status.initContainerStatuses?.[0]?.state?.terminated?.exitCode]),
      [[0, 'Failed', 143], [30, 'Succeeded', 143]], 'pods');
    const j = h.job('j');
    h.eq([j.status.failed, j.status.succeeded, h.sec(j.status.completionTime)], [1, 1, 51], 'job');
  },
};
