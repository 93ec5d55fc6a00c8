// With an init container that completed, the running pod is Initialized=True without reason and the
// pod Ready; ContainersReady does not list the (non-restartable) init container.
export default {
  id: 'kubelet/init-running-pod-initialized',
  source: 'pkg/kubelet/status/generate.go GeneratePodInitializedCondition (init container ready -> True), GenerateContainersReadyCondition (only restartable init containers count)',
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
      initContainers: [{ name: setup, image: busybox:1.36 }]
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Running', 'phase');
    for (const t of ['Initialized', 'Ready', 'ContainersReady']) {
      const c = h.anyCond(p, t);
      h.eq([c.status, c.reason ?? null], ['True', null], t);
    }
    h.eq((p.status.initContainerStatuses ?? []).map((c) => [c.name, c.ready]), [['setup', true]], 'init container ready');
  },
};
