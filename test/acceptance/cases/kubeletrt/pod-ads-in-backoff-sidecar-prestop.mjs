// OnFailure; main (10s runs, exit 1) waits its 10s back-off (ran 0-10, 10-20) when the pod's activeDeadlineSeconds
// (25) passes. The kill stops what runs: only the sidecar, whose preStop sleep (8s) runs first, within the 30s grace
// period, then SIGTERM (exit 143): it ends at 33s, and only then is the pod's terminal status (Failed,
// DeadlineExceeded; the sandbox stopped: PodReadyToStartContainers False) reported. The hook is not skipped because
// no regular container was running.
export default {
  id: 'kubeletrt/pod-ads-in-backoff-sidecar-prestop',
  source: 'pkg/kubelet/kubelet.go SyncTerminatingPod -> killPod (gracePeriod nil: pod spec 30s); pkg/kubelet/kuberuntime/kuberuntime_container.go killContainersWithSyncResult / killContainer (executePreStopHook within the grace period, then StopContainer), newTerminationOrdering (no running regular container to wait for); README "a pod\'s own activeDeadlineSeconds kills its containers as a deletion does, with the pod\'s grace period, preStop hooks"',
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
      - name: proxy
        image: envoy:1.30
        restartPolicy: Always
        lifecycle: { preStop: { sleep: { seconds: 8 } } }
      containers:
      - { name: main, image: busybox:1.36 }
`,
  check(r, h) {
    const p = h.podsOf('sd')[0];
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[25, 'Stopping container proxy']], 'Killing');
    const px = p.status.initContainerStatuses[0].state.terminated;
    h.eq([px?.exitCode, h.sec(px?.finishedAt)], [143, 33], 'sidecar ends after its 8s hook');
    h.eq([p.status.phase, p.status.reason], ['Failed', 'DeadlineExceeded'], 'pod');
    const c = h.anyCond(p, 'PodReadyToStartContainers');
    h.eq([c.status, h.sec(c.lastTransitionTime)], ['False', 33], 'sandbox stopped once the sidecar ended');
  },
};
