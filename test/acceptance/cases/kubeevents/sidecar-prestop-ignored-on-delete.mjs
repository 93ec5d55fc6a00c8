// The Job is deleted at +60s; main exits on SIGTERM at once (143 at +60s); the sidecar has a 5s preStop sleep:
// killContainer records Killing at +60s for both, runs proxy's hook (5s), waits for its turn (main already gone) and
// stops it: proxy ends 143 at +65s (its grace left is 25s, it exits at once on SIGTERM). (jobsim once ended proxy at
// +60s, ignoring a sidecar's preStop hook.)
export default {
  id: 'kubeevents/sidecar-prestop-ignored-on-delete',
  source: 'pkg/kubelet/kuberuntime/kuberuntime_container.go killContainer (gracePeriod -= executePreStopHook; ordering.waitForTurn; StopContainer), killContainersWithSyncResult (sidecars included in runningPod.Containers)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 5m
  timeline:
  - { at: 1m, delete: { kind: Job, name: j } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      initContainers:
      - { name: proxy, image: envoy:1.30, restartPolicy: Always, lifecycle: { preStop: { sleep: { seconds: 5 } } } }
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const k = h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]);
    h.eq(k.sort((a, b) => a[1].localeCompare(b[1])), [[60, 'Stopping container main'], [60, 'Stopping container proxy']], 'Killing events');
    const t = (c) => [c.name, c.state?.terminated?.exitCode, h.sec(c.state?.terminated?.finishedAt)];
    h.eq(t(p.status.containerStatuses[0]), ['main', 143, 60], 'main');
    h.eq(t(p.status.initContainerStatuses[0]), ['proxy', 143, 65], 'proxy after its 5s hook');
  },
};
