// OnFailure, main always exits 1 after 10s, a native sidecar beside it. main restarts at once at +10s, exits again at
// +20s and waits its 10s back-off (Warning BackOff at +20s). The Job is deleted at +25s: the only running container
// is the sidecar, so the kubelet records exactly one Killing, "Stopping container proxy" at +25s on
// spec.initContainers{proxy} (none for main, which is not running), and proxy ends 143 at +25s; main keeps its last
// run (exit 1, +10s..+20s), restartCount 1, and the pod is Failed.
export default {
  id: 'kubeevents/ev01-crashloop-delete-sidecar-killing-only',
  source: 'pkg/kubelet/container/runtime.go ConvertPodStatusToRunningPod (running containers only); kuberuntime_container.go killContainersWithSyncResult / killContainer ("Stopping container %s"); kuberuntime_manager.go doBackOff ("Back-off restarting failed container %s in pod %s")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 3m
  timeline:
  - { at: 25s, delete: { kind: Job, name: j } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/exit-codes: "1", jobsim/duration: 10s } }
    spec:
      initContainers:
      - { name: proxy, image: envoy:1.30, restartPolicy: Always }
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const ev = h.events({ name: p.metadata.name }).filter((e) => e.source.component === 'kubelet');
    h.eq(ev.filter((e) => e.reason === 'BackOff' || e.reason === 'Killing').map((e) => [h.sec(e.firstTimestamp), e.reason, e.involvedObject.fieldPath]),
      [[20, 'BackOff', 'spec.containers{main}'], [25, 'Killing', 'spec.initContainers{proxy}']], 'BackOff then Killing of the sidecar only');
    h.eq(ev.filter((e) => e.reason === 'Started').map((e) => [h.sec(e.firstTimestamp), e.message]),
      [[0, 'Started container proxy'], [0, 'Started container main'], [10, 'Started container main']], 'starts');
    const t = (c) => [c.name, c.restartCount, c.state?.terminated?.exitCode, h.sec(c.state?.terminated?.startedAt), h.sec(c.state?.terminated?.finishedAt)];
    h.eq(t(p.status.initContainerStatuses[0]), ['proxy', 0, 143, 0, 25], 'proxy');
    h.eq(t(p.status.containerStatuses[0]), ['main', 1, 1, 10, 20], 'main keeps its last run');
    h.eq(p.status.phase, 'Failed', 'phase');
  },
};
