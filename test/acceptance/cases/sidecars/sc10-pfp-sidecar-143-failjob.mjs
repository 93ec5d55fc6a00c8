// podFailurePolicy onExitCodes without containerName looks at initContainerStatuses too: main exits 3
// (no match for In [143]), but the sidecar the kubelet stopped with SIGTERM is terminated with 143, so
// the FailJob rule matches on it: the Job fails with reason PodFailurePolicy and the message naming
// proxy, without a replacement pod. (An upstream pitfall of sidecars with exit-code rules.)
export default {
  id: 'sidecars/pfp-sidecar-143-failjob',
  source: 'pkg/controller/job/pod_failure_policy.go matchPodFailurePolicy / matchOnExitCodes (ContainerStatuses, then InitContainerStatuses; "Container %s for pod %s/%s failed with exit code %v matching %v rule at index %d"); pkg/kubelet/kubelet_pods.go getPhase (pod Failed only after the sidecar is terminated)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 6
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: { operator: In, values: [143] }
  template:
    metadata: { annotations: { jobsim/duration: "20s", jobsim/exit-codes: "3" } }
    spec:
      initContainers: [{ name: proxy, image: envoy:1.30, restartPolicy: Always }]
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.length, 1, 'no replacement pod');
    const j = h.job('j');
    const f = h.hasCond(j, 'Failed', 'PodFailurePolicy');
    h.eq(f.message, `Container proxy for pod default/${pods[0].metadata.name} failed with exit code 143 matching FailJob rule at index 0`, 'message');
    h.near(h.sec(f.lastTransitionTime), 21, 1, 'Failed time');
  },
};
