// Without containerName the first matching container status is reported. The kubelet lists
// regular container statuses sorted by container name (kubetypes.SortedContainerStatuses), not in
// spec order: containers [main, aux] give statuses [aux, main], so the message names "aux".
export default {
  id: 'policy/container-status-order',
  source: 'pkg/kubelet/kubelet_pods.go convertToAPIContainerStatuses (sort.Sort(kubetypes.SortedContainerStatuses(...)), by Name) and status_manager normalizeStatus; pod_failure_policy.go getMatchingContainerFromList (first terminated match in list order)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  podFailurePolicy:
    rules:
    - { action: FailJob, onExitCodes: { operator: In, values: [5] } }
  template:
    metadata: { annotations: { jobsim/exit-codes: "5" } }
    spec:
      containers: [{ name: main, image: busybox }, { name: aux, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const pod = h.podsOf('x')[0];
    h.eq(pod.status.containerStatuses.map((c) => c.name), ['aux', 'main'], 'containerStatuses order (by name)');
    const c = h.hasCond(h.job('x'), 'Failed', 'PodFailurePolicy');
    h.eq(c.message, `Container aux for pod default/${pod.metadata.name} failed with exit code 5 matching FailJob rule at index 0`, 'message');
  },
};
