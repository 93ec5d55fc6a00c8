// The old "a sidecar keeps the Job running forever" problem is gone: a Job of 3 completions,
// parallelism 1, 20s pods with a sidecar completes exactly as without it: pods created at +0s, +21s,
// +42s (each after the previous one is counted, 1s batching), completionTime +63s, succeeded 3, every
// pod Succeeded with its sidecar terminated 143.
export default {
  id: 'sidecars/job-completions-timing',
  source: 'pkg/kubelet/kuberuntime/kuberuntime_manager.go computePodActions (KillPod once no regular container is kept, sidecars not restarted); pkg/kubelet/kubelet_pods.go getPhase; pkg/controller/job/job_controller.go syncJob/manageJob (counts Succeeded pods, 1s batching)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completions: 3
  template:
    metadata: { annotations: { jobsim/duration: "20s" } }
    spec:
      initContainers: [{ name: proxy, image: envoy:1.30, restartPolicy: Always }]
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, p.status.initContainerStatuses?.[0]?.state?.terminated?.exitCode]),
      [[0, 'Succeeded', 143], [21, 'Succeeded', 143], [42, 'Succeeded', 143]], 'pods');
    const j = h.job('j');
    h.hasCond(j, 'Complete', 'CompletionsReached');
    h.eq([j.status.succeeded, j.status.failed ?? 0, h.sec(j.status.completionTime)], [3, 0, 63], 'job status');
  },
};
