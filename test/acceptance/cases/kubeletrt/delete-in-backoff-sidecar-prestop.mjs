// OnFailure; main (10s runs, exit 1) waits its back-off (ran 0-10, 10-20) when the Job is deleted at 25s. Only the
// sidecar runs, so only it gets Killing; its preStop sleep (8s) runs first, then SIGTERM: it ends 143 at 33s, when
// the pod's final status is written: Failed; main is not restarted (deleted pod) and shows its newest dead instance
// (exit 1, 10-20) with the one before (0-10) as lastState; the sandbox goes (PodReadyToStartContainers False) at 33s.
export default {
  id: 'kubeletrt/delete-in-backoff-sidecar-prestop',
  source: 'pkg/kubelet/container/helpers.go ShouldContainerBeRestarted (DeletionTimestamp -> false: no Waiting, the dead instances shown); pkg/kubelet/kubelet.go SyncTerminatingPod -> killPod; kuberuntime_container.go killContainer (executePreStopHook, then StopContainer), killContainersWithSyncResult (running containers only); kubelet_pods.go getPhase (podIsTerminal -> Failed)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: dsp }
spec:
  timeline:
  - { at: 25s, delete: { kind: Job, name: sd } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: sd }
spec:
  template:
    metadata: { annotations: { jobsim/exit-codes: "1" } }
    spec:
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
    const p = h.get('Pod', h.of('Pod')[0].metadata.name);
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[25, 'Stopping container proxy']], 'Killing');
    const px = p.status.initContainerStatuses[0].state.terminated;
    h.eq([px?.exitCode, h.sec(px?.finishedAt)], [143, 33], 'sidecar ends after its hook');
    const m = p.status.containerStatuses[0];
    h.eq([m.state.terminated?.exitCode, h.sec(m.state.terminated?.finishedAt), h.sec(m.lastState.terminated?.finishedAt), m.restartCount], [1, 20, 10, 1], 'main');
    h.eq([p.status.phase, p.status.reason ?? null], ['Failed', null], 'pod');
    const c = h.anyCond(p, 'PodReadyToStartContainers');
    h.eq([c.status, h.sec(c.lastTransitionTime)], ['False', 33], 'sandbox');
    h.eq(h.events({ reason: 'Started', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [0, 0, 10], 'no restart after the deletion');
  },
};
