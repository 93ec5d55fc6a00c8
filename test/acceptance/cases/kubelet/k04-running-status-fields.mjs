// A running container without probes: ready true, started true, state running.startedAt = start;
// Ready/ContainersReady True without reason or message; phase Running; startTime the admission.
export default {
  id: 'kubelet/running-status-fields',
  source: 'pkg/kubelet/prober/prober_manager.go UpdatePodStatus (no readiness probe -> ready; no startup probe -> started); kubelet_pods.go getPhase (running > 0 -> Running); status/generate.go GenerateContainersReadyCondition (True, no reason)',
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
    h.eq(h.sec(p.status.startTime), 0, 'startTime');
    const cs = p.status.containerStatuses[0];
    h.eq([cs.name, cs.image, cs.ready, cs.started, cs.restartCount, Object.keys(cs.state), h.sec(cs.state.running.startedAt)], ['c', 'busybox:1.36', true, true, 0, ['running'], 0], 'container status');
    h.eq(cs.lastState && Object.keys(cs.lastState).length ? cs.lastState : {}, {}, 'no lastState');
    for (const t of ['Ready', 'ContainersReady', 'Initialized', 'PodReadyToStartContainers', 'PodScheduled']) {
      const c = h.anyCond(p, t);
      h.eq([c.status, c.reason ?? null, c.message ?? null], ['True', null, null], t);
    }
  },
};
