// A Job deleted at +60s while main (which ignores SIGTERM) and a native sidecar run. killContainersWithSyncResult
// starts one goroutine per running container at once; each killContainer records its Killing event FIRST, and
// only then (for a sidecar) waits in ordering.waitForTurn until main has exited. So both Killing events are at
// +60s; the sidecar's SIGTERM comes at +90s when main is SIGKILLed (grace left 0 -> minimum 2s window), and it
// exits 143 at +90s. (jobsim once recorded the sidecar's Killing only at +90s, after main had exited.)
export default {
  id: 'kubeevents/sidecar-killing-at-deletion',
  source: 'pkg/kubelet/kuberuntime/kuberuntime_container.go killContainer (recordContainerEvent(KillingContainer, "Stopping container %s") before executePreStopHook and ordering.waitForTurn), killContainersWithSyncResult (one goroutine per running container); kuberuntime_termination_order.go',
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
    metadata: { annotations: { jobsim/duration: "1h", jobsim/on-sigterm: ignore } }
    spec:
      initContainers:
      - { name: proxy, image: envoy:1.30, restartPolicy: Always }
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const t = (c) => [c.name, c.state?.terminated?.exitCode, h.sec(c.state?.terminated?.finishedAt)];
    h.eq(t(p.status.containerStatuses[0]), ['main', 137, 90], 'main SIGKILLed at the end of the 30s grace');
    h.eq(t(p.status.initContainerStatuses[0]), ['proxy', 143, 90], 'sidecar stopped after main');
    const k = h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message, e.involvedObject.fieldPath]);
    h.eq(k.sort((a, b) => a[1].localeCompare(b[1])), [[60, 'Stopping container main', 'spec.containers{main}'], [60, 'Stopping container proxy', 'spec.initContainers{proxy}']], 'Killing events, both at the deletion');
  },
};
