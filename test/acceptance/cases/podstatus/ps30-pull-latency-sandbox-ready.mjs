// With a 5s image pull: PodReadyToStartContainers False at 0s while the container waits ContainerCreating (phase
// Pending): in 1.33-1.35 the kubelet wrote that status before its first runtime SyncPod, which creates the sandbox,
// pulls and starts, and is busy until then; True at 5s, when it has returned (1.36, #134660, sets it right after the
// sandbox's creation). Pulling at 0s, Pulled at 5s with the pull time, the container running from 5s, Ready True at 5s.
export default {
  id: 'podstatus/pull-latency-sandbox-ready',
  source: 'pkg/kubelet/status/generate.go GeneratePodReadyToStartContainersCondition (sandbox created with networking -> True, none -> False); pkg/kubelet/kubelet.go SyncPod (SetPodStatus before containerRuntime.SyncPod); CHANGELOG-1.36 #134660; pkg/kubelet/images/image_manager.go EnsureImageExists (Pulling / "Successfully pulled image %q in %v (%v including waiting)")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec:
  duration: 30s
  latencies: { imagePull: 5s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: pl }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('pl')[0];
    const f = (t) => { const c = h.anyCond(p, t); return [c.status, h.sec(c.lastTransitionTime)]; };
    h.eq([f('PodReadyToStartContainers'), f('Ready'), f('Initialized')], [['True', 5], ['True', 5], ['True', 0]], 'conditions');
    h.eq(h.sec(p.status.containerStatuses[0].state.running.startedAt), 5, 'startedAt');
    h.eq(h.events({ name: p.metadata.name }).filter((e) => e.source.component === 'kubelet').map((e) => [e.reason, e.message, h.sec(e.lastTimestamp)]), [
      ['Pulling', 'Pulling image "busybox:1.36"', 0],
      ['Pulled', 'Successfully pulled image "busybox:1.36" in 5s (5s including waiting)', 5],
      ['Created', 'Created container: c', 5],
      ['Started', 'Started container c', 5],
    ], 'kubelet events');
  },
};
