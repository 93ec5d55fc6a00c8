// The pod's activeDeadlineSeconds (20) passes while its container (25s of work, ignoring SIGTERM) runs: Killing at
// 20s; the pod stays Running with Ready/ContainersReady False (PodFailed) while the container may run; its work ends
// with exit 0 at 25s, inside the stop window. getPhase would say Succeeded, but ShouldEvict overrides it: Failed,
// DeadlineExceeded; Initialized stays True without the PodCompleted reason. The Job counts a failure
// (backoffLimit 0: BackoffLimitExceeded at 26s).
export default {
  id: 'kubeletrt/pod-ads-kill-natural-exit0-still-failed',
  source: 'pkg/kubelet/kubelet_pods.go generateAPIPodStatus (PodSyncHandlers ShouldEvict after getPhase -> Failed/DeadlineExceeded); pkg/kubelet/status/status_manager.go mergePodStatus (terminal phase held while containers could run); status/generate.go GeneratePodInitializedCondition (PodCompleted only for Succeeded); kuberuntime_container.go killContainer (the container exits on its own within the grace period)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: nx }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: "25s", jobsim/on-sigterm: ignore } }
    spec:
      activeDeadlineSeconds: 20
      restartPolicy: Never
      containers: [{ name: c, image: busybox:1.36 }]
`,
  check(r, h) {
    const p = h.podsOf('nx')[0];
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, t.reason, h.sec(t.finishedAt)], [0, 'Completed', 25], 'container');
    h.eq([p.status.phase, p.status.reason, p.status.message], ['Failed', 'DeadlineExceeded', 'Pod was active on the node longer than the specified deadline'], 'pod');
    const f = (ty) => { const c = h.anyCond(p, ty); return [c.status, c.reason ?? null, h.sec(c.lastTransitionTime)]; };
    h.eq([f('Initialized'), f('Ready'), f('ContainersReady')], [['True', null, 0], ['False', 'PodFailed', 20], ['False', 'PodFailed', 20]], 'conditions');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [20], 'Killing');
    const j = h.job('nx');
    h.eq([j.status.succeeded ?? 0, j.status.failed, h.sec(h.hasCond(j, 'Failed', 'BackoffLimitExceeded').lastTransitionTime)], [0, 1, 26], 'Job');
  },
};
