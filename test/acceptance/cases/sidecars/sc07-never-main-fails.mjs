// restartPolicy Never, the regular container exits 3: the kubelet stops the sidecar at once (Killing at
// +20s), the pod is Failed by its regular container (main terminated 3/Error; proxy 143/Error is not
// what fails it), Ready/ContainersReady False/PodFailed; with backoffLimit 0 the Job fails
// (BackoffLimitExceeded) at +21s.
export default {
  id: 'sidecars/never-main-fails',
  source: 'pkg/kubelet/kuberuntime/kuberuntime_manager.go computePodActions (Never: no restart -> KillPod); pkg/kubelet/kubelet_pods.go getPhase (stopped != succeeded, Never -> PodFailed); pkg/kubelet/status/generate.go generateContainersReadyConditionForTerminalPhase (PodFailed); pkg/controller/job/job_controller.go (failed > backoffLimit)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: "20s", jobsim/exit-codes: "3" } }
    spec:
      initContainers: [{ name: proxy, image: envoy:1.30, restartPolicy: Always }]
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.length, 1, 'one pod');
    const p = pods[0];
    h.eq(p.status.phase, 'Failed', 'phase');
    const t = (c) => [c.name, c.state?.terminated?.exitCode, c.state?.terminated?.reason, h.sec(c.state?.terminated?.finishedAt)];
    h.eq(t(p.status.containerStatuses[0]), ['main', 3, 'Error', 20], 'main');
    h.eq(t(p.status.initContainerStatuses[0]), ['proxy', 143, 'Error', 20], 'proxy');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[20, 'Stopping container proxy']], 'Killing');
    h.eq([h.anyCond(p, 'Ready').reason, h.anyCond(p, 'ContainersReady').reason], ['PodFailed', 'PodFailed'], 'ready reasons');
    const j = h.job('j');
    const f = h.hasCond(j, 'Failed', 'BackoffLimitExceeded');
    h.eq([f.message, h.sec(f.lastTransitionTime), j.status.failed], ['Job has reached the specified backoff limit', 21, 1], 'job failed');
  },
};
