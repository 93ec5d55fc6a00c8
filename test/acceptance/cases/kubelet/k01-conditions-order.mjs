// The kubelet writes its pod conditions in generateAPIPodStatus's order: PodReadyToStartContainers,
// Initialized, Ready, ContainersReady, then PodScheduled (appended last); its status patch carries
// $setElementOrder/conditions, so the API object lists them in that order (kubectl get pod -o yaml).
export default {
  id: 'kubelet/conditions-order',
  source: 'pkg/kubelet/kubelet_pods.go generateAPIPodStatus ("set all Kubelet-owned conditions": ReadyToStart, Initialized, Ready, ContainersReady, then PodScheduled); pkg/kubelet/types/pod_status.go PodConditionsByKubelet (PodScheduled is kubelet-owned); status_manager mergePodStatus',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec: { duration: 30s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Running', 'phase');
    h.eq(p.status.conditions.map((c) => c.type), ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'], 'condition order');
  },
};
