// While images are pulled: phase Pending, every container waiting ContainerCreating (no message),
// statuses sorted by name, Ready/ContainersReady False ContainersNotReady with the unready containers
// listed in spec order; Initialized True (no init containers) from the admission.
export default {
  id: 'kubelet/pending-container-creating',
  source: 'pkg/kubelet/kubelet_pods.go convertToAPIContainerStatuses (default waiting reason ContainerCreating; SortedContainerStatuses), getPhase (waiting > 0 -> Pending); status/generate.go GenerateContainersReadyCondition (iterates pod.Spec.Containers: "containers with unready status: [b a]")',
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
      containers: [{ name: b, image: busybox:1.36 }, { name: a, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Pending', 'phase');
    h.eq(h.sec(p.status.startTime), 0, 'startTime');
    h.eq(p.status.containerStatuses.map((c) => [c.name, c.ready, c.started, c.restartCount, c.state]), [
      ['a', false, false, 0, { waiting: { reason: 'ContainerCreating' } }],
      ['b', false, false, 0, { waiting: { reason: 'ContainerCreating' } }],
    ], 'container statuses');
    for (const t of ['Ready', 'ContainersReady']) {
      const c = h.anyCond(p, t);
      h.eq([c.status, c.reason, c.message], ['False', 'ContainersNotReady', 'containers with unready status: [b a]'], t);
    }
    h.eq(h.anyCond(p, 'Initialized').status, 'True', 'Initialized');
  },
};
