// Eviction of a pod with a native sidecar whose main container takes 20s to handle SIGTERM. killPod ->
// killContainersWithSyncResult starts one goroutine per running container (main and sidecar); each
// killContainer records its Killing event ("Stopping container X") first, and only then does the sidecar wait
// for its turn (terminationOrdering.waitForTurn) before its SIGTERM. So both Killing events are at the
// eviction (30s); the sidecar is SIGTERMed when main exits (50s) and exits 143 then. Pod Failed (main 143);
// with podReplacementPolicy Failed the replacement comes 10s after the later finish (60s).
export default {
  id: 'evict/sidecar-killing-event-at-eviction',
  source: 'pkg/kubelet/kuberuntime/kuberuntime_container.go killContainersWithSyncResult (go killContainer per running container, termOrdering when HasRestartableInitContainer) and killContainer (recordContainerEvent KillingContainer before executePreStopHook and ordering.waitForTurn); kuberuntime_termination_order.go',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: e}
spec:
  faults:
  - {at: 30s, evictPod: default/j-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  podReplacementPolicy: Failed
  template:
    metadata: {annotations: {jobsim/duration: 2m, jobsim/on-sigterm: 20s}}
    spec:
      initContainers: [{name: side, image: envoy, restartPolicy: Always}]
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const [p, q] = h.podsOf('j');
    const main = p.status.containerStatuses[0].state.terminated;
    const side = p.status.initContainerStatuses[0].state.terminated;
    h.eq([main.exitCode, h.sec(main.finishedAt)], [143, 50], 'main handles SIGTERM in 20s');
    h.eq([side.exitCode, h.sec(side.finishedAt)], [143, 50], 'sidecar SIGTERMed after main');
    h.eq(h.sec(q.metadata.creationTimestamp), 60, 'replacement after the pod failed');
    const k = h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]).sort((a, b) => a[1].localeCompare(b[1]));
    h.eq(k, [[30, 'Stopping container c'], [30, 'Stopping container side']], 'both Killing events at the eviction');
  },
};
