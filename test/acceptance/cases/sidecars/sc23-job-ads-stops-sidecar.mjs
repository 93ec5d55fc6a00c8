// A Job activeDeadlineSeconds of 30: the Job controller deletes the running pod; the kubelet stops
// main and the sidecar (Killing for both at +30s, proxy terminated 143 at +30s) and the Job fails with
// DeadlineExceeded "Job was active longer than specified deadline".
export default {
  id: 'sidecars/job-ads-stops-sidecar',
  source: 'pkg/controller/job/job_controller.go (pastActiveDeadline, deleteActivePods); pkg/kubelet/kuberuntime/kuberuntime_container.go killContainersWithSyncResult',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  activeDeadlineSeconds: 30
  template:
    metadata: { annotations: { jobsim/duration: "5m" } }
    spec:
      initContainers: [{ name: proxy, image: envoy:1.30, restartPolicy: Always }]
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const k = h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]);
    h.eq(k.sort((a, b) => a[1].localeCompare(b[1])), [[30, 'Stopping container main'], [30, 'Stopping container proxy']], 'Killing');
    const px = p.status.initContainerStatuses[0].state?.terminated;
    h.eq([px?.exitCode, h.sec(px?.finishedAt)], [143, 30], 'proxy terminated');
    const f = h.hasCond(h.job('j'), 'Failed', 'DeadlineExceeded');
    h.eq(f.message, 'Job was active longer than specified deadline', 'message');
  },
};
