// A pod with an init container while images are still being pulled (pull latency 30s, cut at 2s): the
// app container's default waiting reason is PodInitializing (the pod has init containers), the init
// container is reported in initContainerStatuses, and Initialized is False, ContainersNotInitialized,
// "containers with incomplete status: [setup]"; phase Pending.
export default {
  id: 'kubelet/init-pending-pod-initializing',
  source: 'pkg/kubelet/kubelet_pods.go convertToAPIContainerStatuses (hasInitContainers -> default waiting reason PodInitializing); status/generate.go GeneratePodInitializedCondition (ContainersNotInitialized, "containers with incomplete status: %s")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec:
  duration: 2s
  latencies: { imagePull: 30s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      initContainers: [{ name: setup, image: busybox:1.36 }]
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Pending', 'phase');
    h.eq(p.status.containerStatuses.map((c) => [c.name, c.state]), [['main', { waiting: { reason: 'PodInitializing' } }]], 'app container waiting');
    h.eq((p.status.initContainerStatuses ?? []).map((c) => [c.name, c.ready, Object.keys(c.state)[0]]), [['setup', false, 'waiting']], 'init container status');
    const c = h.anyCond(p, 'Initialized');
    h.eq([c.status, c.reason, c.message], ['False', 'ContainersNotInitialized', 'containers with incomplete status: [setup]'], 'Initialized');
  },
};
