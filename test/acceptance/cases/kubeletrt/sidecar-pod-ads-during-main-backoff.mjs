// OnFailure, a sidecar beside main (10s runs, exit 1): main ran 0-10 and 10-20 and waits its 10s back-off when the
// pod's activeDeadlineSeconds (25) passes. The kubelet kills what runs, only the sidecar (Killing "Stopping container
// proxy", fieldPath spec.initContainers{proxy}; it exits 143 at once); the waiting main gets no Killing and ends
// ContainerStatusUnknown (lastState 10-20). Failed DeadlineExceeded at 25s; Ready kept its 20s transition (PodFailed).
export default {
  id: 'kubeletrt/sidecar-pod-ads-during-main-backoff',
  source: 'pkg/kubelet/active_deadline.go ShouldEvict; pkg/kubelet/kubelet.go SyncTerminatingPod -> killPod; kuberuntime_container.go killContainersWithSyncResult (running containers only, Killing "Stopping container %s"); status_manager.go TerminatePod (ContainerStatusUnknown)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: sd }
spec:
  template:
    metadata: { annotations: { jobsim/exit-codes: "1" } }
    spec:
      activeDeadlineSeconds: 25
      restartPolicy: OnFailure
      initContainers:
      - { name: proxy, image: envoy:1.30, restartPolicy: Always }
      containers:
      - { name: main, image: busybox:1.36 }
`,
  check(r, h) {
    const p = h.podsOf('sd')[0];
    h.eq([p.status.phase, p.status.reason], ['Failed', 'DeadlineExceeded'], 'pod');
    const kills = h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message, e.involvedObject.fieldPath]);
    h.eq(kills, [[25, 'Stopping container proxy', 'spec.initContainers{proxy}']], 'Killing events');
    const px = p.status.initContainerStatuses[0].state.terminated;
    h.eq([px?.exitCode, px?.reason, h.sec(px?.startedAt), h.sec(px?.finishedAt)], [143, 'Error', 0, 25], 'sidecar');
    const m = p.status.containerStatuses[0];
    h.eq([m.state.terminated?.reason, m.state.terminated?.exitCode, m.restartCount, h.sec(m.lastState.terminated.finishedAt)], ['ContainerStatusUnknown', 137, 1, 20], 'main');
    const c = h.anyCond(p, 'Ready');
    h.eq([c.status, c.reason, h.sec(c.lastTransitionTime)], ['False', 'PodFailed', 20], 'Ready');
    h.eq(h.sec(h.anyCond(p, 'PodReadyToStartContainers').lastTransitionTime), 25, 'sandbox gone at 25s');
  },
};
