// A pod's own activeDeadlineSeconds (30s) passes while main and a native sidecar run; main has a 5s preStop sleep and
// exits at once on SIGTERM. The kubelet kills the pod as a deletion does (SyncTerminatingPod's killPod with the pod's
// grace period): Killing for main and for proxy at +30s, main's hook runs 5s, then SIGTERM: 143 at +35s; proxy waits
// for main (newTerminationOrdering) and exits 143 at +35s. The pod turns Failed/DeadlineExceeded at +35s.
export default {
  id: 'kubeevents/pod-deadline-prestop-and-sidecar',
  source: 'pkg/kubelet/active_deadline.go ShouldEvict; kubelet.go SyncTerminatingPod (killPod); kuberuntime_container.go killContainer (executePreStopHook, ordering.waitForTurn), killContainersWithSyncResult; status_manager.go mergePodStatus',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 5m
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      activeDeadlineSeconds: 30
      initContainers:
      - { name: proxy, image: envoy:1.30, restartPolicy: Always }
      containers:
      - { name: main, image: busybox:1.36, lifecycle: { preStop: { sleep: { seconds: 5 } } } }
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const k = h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]);
    h.eq(k, [[30, 'Stopping container main'], [30, 'Stopping container proxy']], 'Killing events at the deadline');
    const t = (c) => [c.name, c.state?.terminated?.exitCode, h.sec(c.state?.terminated?.finishedAt)];
    h.eq(t(p.status.containerStatuses[0]), ['main', 143, 35], 'main after its 5s hook');
    h.eq(t(p.status.initContainerStatuses[0]), ['proxy', 143, 35], 'proxy after main');
    h.eq([p.status.phase, p.status.reason], ['Failed', 'DeadlineExceeded'], 'pod status');
    h.eq(h.sec(h.cond(h.job('j'), 'Failed').lastTransitionTime), 36, 'Job Failed');
  },
};
