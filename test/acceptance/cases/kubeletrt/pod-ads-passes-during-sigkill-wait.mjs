// The Job's activeDeadlineSeconds (5) deletes the running pod (grace 30s); its container ignores SIGTERM and is
// SIGKILLed at 35s (137). The pod's own activeDeadlineSeconds (20) passed meanwhile, so the final status the kubelet
// generates after the kill says Failed with reason DeadlineExceeded and the deadline message (what
// kubectl get pods shows as STATUS), not a bare Failed.
export default {
  id: 'kubeletrt/pod-ads-passes-during-sigkill-wait',
  source: 'pkg/kubelet/kubelet_pods.go generateAPIPodStatus (PodSyncHandlers ShouldEvict overrides Phase/Reason/Message on every status it generates); pkg/kubelet/kubelet.go SyncTerminatingPod (final generateAPIPodStatus after killPod); pkg/kubelet/active_deadline.go ShouldEvict (reason "DeadlineExceeded", message "Pod was active on the node longer than the specified deadline")',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: dl }
spec:
  activeDeadlineSeconds: 5
  template:
    metadata: { annotations: { jobsim/duration: "1h", jobsim/on-sigterm: ignore } }
    spec:
      activeDeadlineSeconds: 20
      restartPolicy: Never
      containers: [{ name: c, image: busybox:1.36 }]
`,
  check(r, h) {
    const p = h.podsOf('dl')[0];
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([t?.exitCode, t?.reason, h.sec(t?.finishedAt)], [137, 'Error', 35], 'container SIGKILLed at the end of the grace period');
    h.eq([p.status.phase, p.status.reason, p.status.message], ['Failed', 'DeadlineExceeded', 'Pod was active on the node longer than the specified deadline'], 'pod phase/reason/message');
  },
};
