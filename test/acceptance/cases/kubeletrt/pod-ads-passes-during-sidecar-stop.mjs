// main exits 0 at 10s; the kubelet then kills the pod's sidecar (computePodActions KillPod), whose preStop sleep holds
// the kill until 30s. The pod's activeDeadlineSeconds (15) passed meanwhile: the status generated once the sidecar
// has stopped has getPhase's Succeeded overridden by ShouldEvict: Failed, DeadlineExceeded. With backoffLimit 0 the
// Job fails (BackoffLimitExceeded) instead of completing.
export default {
  id: 'kubeletrt/pod-ads-passes-during-sidecar-stop',
  source: 'pkg/kubelet/kuberuntime/kuberuntime_manager.go computePodActions (keepCount == 0 -> KillPod, the sidecar killed inside SyncPod); pkg/kubelet/kubelet_pods.go generateAPIPodStatus (ShouldEvict -> Failed/DeadlineExceeded after getPhase); pkg/kubelet/active_deadline.go; job_controller.go (failed > backoffLimit)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: sc }
spec:
  backoffLimit: 0
  template:
    spec:
      activeDeadlineSeconds: 15
      restartPolicy: Never
      initContainers:
      - name: proxy
        image: envoy:1.30
        restartPolicy: Always
        lifecycle: { preStop: { sleep: { seconds: 20 } } }
      containers:
      - { name: main, image: busybox:1.36 }
`,
  check(r, h) {
    const p = h.podsOf('sc')[0];
    const main = p.status.containerStatuses[0].state.terminated;
    const proxy = p.status.initContainerStatuses[0].state.terminated;
    h.eq([main?.exitCode, h.sec(main?.finishedAt), proxy?.exitCode, h.sec(proxy?.finishedAt)], [0, 10, 143, 30], 'main 0 at 10s, sidecar 143 at 30s');
    h.eq([p.status.phase, p.status.reason, p.status.message], ['Failed', 'DeadlineExceeded', 'Pod was active on the node longer than the specified deadline'], 'pod phase/reason/message');
    const job = h.job('sc');
    h.eq([job.status.succeeded ?? 0, job.status.failed ?? 0], [0, 1], 'Job succeeded/failed');
    h.hasCond(job, 'Failed', 'BackoffLimitExceeded');
  },
};
