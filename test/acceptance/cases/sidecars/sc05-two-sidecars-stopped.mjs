// Two sidecars: both are stopped once the regular container has exited 0, each with its own Killing
// event at +20s on its spec.initContainers{NAME}, and both end terminated 143/Error at +20s. Upstream
// emits the Killing events from concurrent goroutines (their order is not defined); the termination
// ordering only sequences the SIGTERMs (later-declared sidecar first), which at jobsim's instant exit
// are the same second. The Job completes at +21s as without sidecars.
export default {
  id: 'sidecars/two-sidecars-stopped',
  source: 'pkg/kubelet/kuberuntime/kuberuntime_container.go killContainersWithSyncResult (one goroutine per running container), killContainer (Killing event recorded before ordering.waitForTurn); kuberuntime_termination_order.go newTerminationOrdering (sidecars wait for all main containers and for later sidecars); getPhase',
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
      - { name: proxy-b, image: fluentbit:3.0, restartPolicy: Always }
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const k = h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message, e.involvedObject.fieldPath]);
    h.eq(k.sort((a, b) => a[1].localeCompare(b[1])), [[20, 'Stopping container proxy-a', 'spec.initContainers{proxy-a}'], [20, 'Stopping container proxy-b', 'spec.initContainers{proxy-b}']], 'Killing events');
    h.eq((p.status.initContainerStatuses ?? []).map((c) => [c.name, c.state?.terminated?.exitCode, c.state?.terminated?.reason, h.sec(c.state?.terminated?.finishedAt)]),
      [['proxy-a', 143, 'Error', 20], ['proxy-b', 143, 'Error', 20]], 'sidecar final states');
    h.eq(p.status.phase, 'Succeeded', 'phase');
    const j = h.job('j');
    h.hasCond(j, 'Complete', 'CompletionsReached');
    h.eq(h.sec(j.status.completionTime), 21, 'completionTime');
  },
};
