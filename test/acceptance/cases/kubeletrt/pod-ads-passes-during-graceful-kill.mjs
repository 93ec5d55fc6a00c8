// The Job is suspended at 5s, so its pod is deleted (grace 30s); the container ignores SIGTERM and its 25s of work
// end with exit 0 inside the grace period. The pod's own activeDeadlineSeconds (20) passed during the kill:
// SyncTerminatingPod's final generateAPIPodStatus runs the pod sync handlers, and activeDeadlineHandler.ShouldEvict
// (startTime + 20s <= now) overrides the phase getPhase gave (Succeeded) with Failed, DeadlineExceeded.
export default {
  id: 'kubeletrt/pod-ads-passes-during-graceful-kill',
  source: 'pkg/kubelet/kubelet_pods.go generateAPIPodStatus ("check if an internal module has requested the pod is evicted": PodSyncHandlers ShouldEvict -> Phase Failed, Reason, Message); pkg/kubelet/kubelet.go SyncTerminatingPod (generateAPIPodStatus(..., stoppedPodStatus, true) after killPod), SyncTerminatedPod; pkg/kubelet/active_deadline.go pastActiveDeadline (no phase or deletion check), ShouldEvict',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: adsk }
spec:
  timeline:
  - { at: 5s, patch: { kind: Job, name: dl, spec: { suspend: true } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: dl }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "25s", jobsim/on-sigterm: ignore } }
    spec:
      activeDeadlineSeconds: 20
      restartPolicy: Never
      containers: [{ name: c, image: busybox:1.36 }]
`,
  check(r, h) {
    const p = h.podsOf('dl')[0];
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([t?.exitCode, t?.reason, h.sec(t?.finishedAt)], [0, 'Completed', 25], 'container ended on its own');
    h.eq([p.status.phase, p.status.reason, p.status.message], ['Failed', 'DeadlineExceeded', 'Pod was active on the node longer than the specified deadline'], 'pod phase/reason/message');
  },
};
