// Main exits 0 at +20s (restartPolicy Never): computePodActions sets KillPod and the kubelet kills the two running
// sidecars through killContainersWithSyncResult, each with its own killContainer: Killing for both at +20s; proxy-b
// runs its 5s preStop sleep first, then (no later sidecar to wait for) gets SIGTERM and exits 143 at +25s; proxy-a
// (no hook) waits in the termination ordering for proxy-b, the sidecar declared after it, and exits 143 at +25s. The
// pod turns Succeeded at +25s and the Job completes 1s later, at +26s. (jobsim once skipped the sidecar's preStop
// hook on this path: both sidecars ended at +20s and the Job completed at +21s.)
export default {
  id: 'kubeevents/sidecar-prestop-ignored-on-stop',
  source: 'pkg/kubelet/kuberuntime/kuberuntime_manager.go computePodActions (keepCount == 0 && no ContainersToStart -> KillPod) and SyncPod (killPodWithSyncResult); kuberuntime_container.go killContainer (Killing event, then executePreStopHook, then ordering.waitForTurn, then StopContainer); kuberuntime_termination_order.go newTerminationOrdering (a sidecar waits for the main containers and for the sidecars declared after it)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "20s" } }
    spec:
      initContainers:
      - { name: proxy-a, image: envoy:1.30, restartPolicy: Always }
      - { name: proxy-b, image: fluentbit:3.0, restartPolicy: Always, lifecycle: { preStop: { sleep: { seconds: 5 } } } }
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const k = h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]);
    h.eq(k.sort((a, b) => a[1].localeCompare(b[1])), [[20, 'Stopping container proxy-a'], [20, 'Stopping container proxy-b']], 'Killing events');
    const t = (c) => [c.name, c.state?.terminated?.exitCode, h.sec(c.state?.terminated?.finishedAt)];
    h.eq(t(p.status.containerStatuses[0]), ['main', 0, 20], 'main');
    h.eq(p.status.initContainerStatuses.map(t), [['proxy-a', 143, 25], ['proxy-b', 143, 25]], 'sidecars end after proxy-b\'s hook');
    h.eq(p.status.phase, 'Succeeded', 'phase');
    h.eq(h.sec(h.job('j').status.completionTime), 26, 'Job completionTime');
  },
};
