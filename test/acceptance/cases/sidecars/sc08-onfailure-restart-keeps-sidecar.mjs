// restartPolicy OnFailure, exit codes 1 then 0: when main exits 1 at +20s it is restarted in place
// (ContainersToStart is not empty, so no KillPod) and the sidecar keeps running: no Killing at +20s,
// proxy started once. When main exits 0 at +40s the sidecar is stopped (Killing at +40s), proxy ends
// terminated 143 {startedAt +0s, finishedAt +40s} with restartCount 0; main restartCount 1, lastState
// exit 1; pod Succeeded; Job complete at +41s.
export default {
  id: 'sidecars/onfailure-restart-keeps-sidecar',
  source: 'pkg/kubelet/kuberuntime/kuberuntime_manager.go computePodActions (ShouldContainerBeRestarted -> ContainersToStart, so keepCount == 0 does not kill the pod; later KillPod with InitContainersToStart = nil); pkg/kubelet/kubelet_pods.go getPhase (OnFailure, stopped == succeeded -> PodSucceeded)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "20s", jobsim/exit-codes: "1,0" } }
    spec:
      initContainers: [{ name: proxy, image: envoy:1.30, restartPolicy: Always }]
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Succeeded', 'phase');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[40, 'Stopping container proxy']], 'Killing');
    h.eq(h.events({ reason: 'Started', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]),
      [[0, 'Started container proxy'], [0, 'Started container main'], [20, 'Started container main']], 'Started events');
    const px = p.status.initContainerStatuses[0];
    h.eq([px.restartCount, px.state?.terminated?.exitCode, h.sec(px.state?.terminated?.startedAt), h.sec(px.state?.terminated?.finishedAt)], [0, 143, 0, 40], 'proxy');
    const m = p.status.containerStatuses[0];
    h.eq([m.restartCount, m.state?.terminated?.exitCode, h.sec(m.state?.terminated?.startedAt), h.sec(m.state?.terminated?.finishedAt), m.lastState?.terminated?.exitCode], [1, 0, 20, 40, 1], 'main');
    h.eq(h.sec(h.job('j').status.completionTime), 41, 'completionTime');
  },
};
