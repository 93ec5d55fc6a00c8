// A pod activeDeadlineSeconds of 60: the kubelet fails the pod (DeadlineExceeded) and stops every
// running container, the sidecar included: Killing for main and proxy at +60s, both terminated
// 143/Error at +60s.
export default {
  id: 'sidecars/pod-ads-kills-sidecar',
  source: 'pkg/kubelet/active_deadline.go; pkg/kubelet/kuberuntime/kuberuntime_container.go killContainersWithSyncResult (all running containers, sidecars ordered after the main ones), killContainer ("Stopping container %s")',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: "5m" } }
    spec:
      activeDeadlineSeconds: 60
      initContainers: [{ name: proxy, image: envoy:1.30, restartPolicy: Always }]
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq([p.status.phase, p.status.reason], ['Failed', 'DeadlineExceeded'], 'pod');
    const k = h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]);
    h.eq(k.sort((a, b) => a[1].localeCompare(b[1])), [[60, 'Stopping container main'], [60, 'Stopping container proxy']], 'Killing');
    const px = p.status.initContainerStatuses[0].state?.terminated;
    h.eq([px?.exitCode, px?.reason, h.sec(px?.finishedAt)], [143, 'Error', 60], 'proxy terminated');
  },
};
