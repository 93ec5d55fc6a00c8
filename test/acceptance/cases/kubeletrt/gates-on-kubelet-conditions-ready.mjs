// Readiness gates naming kubelet-owned conditions generated BEFORE Ready (PodReadyToStartContainers, Initialized):
// GeneratePodReadyCondition reads the conditions already appended to s.Conditions, finds both True, so the pod is
// Ready (True since 0s) and the Job counts it ready; at the end Ready is False/PodCompleted at 10s.
export default {
  id: 'kubeletrt/gates-on-kubelet-conditions-ready',
  source: 'pkg/kubelet/kubelet_pods.go generateAPIPodStatus (appends PodReadyToStartContainers, Initialized, then GeneratePodReadyCondition(pod, &oldPodStatus, s.Conditions, ...), then ContainersReady, PodScheduled); pkg/kubelet/status/generate.go GeneratePodReadyCondition (readiness gate found and True); job_controller.go countReadyPods',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: gates }
spec: { duration: 5s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: g }
spec:
  template:
    spec:
      readinessGates: [{ conditionType: Initialized }, { conditionType: PodReadyToStartContainers }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('g')[0];
    const c = h.anyCond(p, 'Ready');
    h.eq([c.status, c.reason ?? null, c.message ?? null, h.sec(c.lastTransitionTime)], ['True', null, null, 0], 'Ready');
    h.eq([h.job('g').status.active, h.job('g').status.ready], [1, 1], 'Job active/ready');
  },
};
