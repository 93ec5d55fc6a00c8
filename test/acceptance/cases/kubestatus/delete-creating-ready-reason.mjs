// The Job is deleted at 30s while its pod's image is still being pulled (1m): the container never started.
// The kubelet's last generated status has the container waiting, so getPhase says Pending and the conditions are
// generated for a Pending pod: Ready/ContainersReady False ContainersNotReady "containers with unready status: [c]"
// (unchanged since the admission, 0s). TerminatePod then only sets the phase to Failed and the container to
// ContainerStatusUnknown 137; it does not regenerate conditions, and mergePodStatus rewrites Ready only when it
// is True. So the Failed pod keeps Ready reason ContainersNotReady, not PodFailed (a kind 1.34 kubelet log
// shows exactly this final status: kubernetes-sigs/kueue#4520).
export default {
  id: 'kubestatus/delete-creating-ready-reason',
  source: 'pkg/kubelet/kubelet_pods.go getPhase (waiting > 0 -> Pending, whatever podIsTerminal), generateAPIPodStatus (conditions from s.Phase); pkg/kubelet/status/status_manager.go TerminatePod (phase Pending -> Failed, container states only), mergePodStatus (PodFailed only replaces a True Ready/ContainersReady)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: ks }
spec:
  duration: 5m
  latencies: { imagePull: 1m }
  timeline:
  - { at: 30s, delete: { kind: Job, name: j } }
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
    h.eq(p.status.phase, 'Failed', 'phase');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([t?.exitCode, t?.reason], [137, 'ContainerStatusUnknown'], 'container');
    const f = (x) => { const c = h.anyCond(p, x); return [c.status, c.reason ?? null, c.message ?? null, h.sec(c.lastTransitionTime)]; };
    h.eq(f('Initialized'), ['True', null, null, 0], 'Initialized');
    h.eq(f('PodReadyToStartContainers'), ['False', null, null, 30], 'PodReadyToStartContainers');
    h.eq(f('ContainersReady'), ['False', 'ContainersNotReady', 'containers with unready status: [c]', 0], 'ContainersReady');
    h.eq(f('Ready'), ['False', 'ContainersNotReady', 'containers with unready status: [c]', 0], 'Ready');
  },
};
