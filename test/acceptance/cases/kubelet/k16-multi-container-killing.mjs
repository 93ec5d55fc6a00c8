// Deleting a running two-container pod: one Killing "Stopping container X" per running container,
// both containers terminated on SIGTERM (143, Error) at the deletion, phase Failed, Ready and
// ContainersReady False/PodFailed.
export default {
  id: 'kubelet/multi-container-killing',
  source: 'pkg/kubelet/kuberuntime/kuberuntime_container.go killContainersWithSyncResult / killContainer ("Stopping container %s"); getPhase (podIsTerminal, non-zero exit -> Failed); README known differences (143 at once)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: g }
spec:
  duration: 5m
  timeline:
  - { at: 1m, delete: { kind: Job, name: j } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: web, image: busybox:1.36 }, { name: log, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const k = h.events({ reason: 'Killing', name: p.metadata.name });
    h.eq(k.map((e) => e.message).sort(), ['Stopping container log', 'Stopping container web'], 'Killing events');
    h.eq(k.map((e) => h.sec(e.firstTimestamp)), [60, 60], 'Killing at the deletion');
    h.eq(p.status.phase, 'Failed', 'phase');
    h.eq(p.status.containerStatuses.map((c) => [c.name, c.state.terminated.exitCode, c.state.terminated.reason, h.sec(c.state.terminated.finishedAt)]), [['log', 143, 'Error', 60], ['web', 143, 'Error', 60]], 'terminated');
    h.eq([h.anyCond(p, 'Ready').reason, h.anyCond(p, 'ContainersReady').reason], ['PodFailed', 'PodFailed'], 'ready reasons');
  },
};
