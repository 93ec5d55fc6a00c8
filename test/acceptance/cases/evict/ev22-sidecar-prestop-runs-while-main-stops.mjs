// Evicted pod with a native sidecar that has a 5s preStop sleep; main handles SIGTERM in 20s. killContainer runs
// for both at once: the sidecar's hook runs first (30-35s) and then it waits for its turn (main's exit, 50s);
// its grace left (30 - 5 - 15 waited = 10s) is enough, it exits 143 on SIGTERM at 50s, not 5s later. The pod is
// Failed at 50s; with podReplacementPolicy Failed the replacement comes at 60s.
export default {
  id: 'evict/ev22-sidecar-prestop-runs-while-main-stops',
  source: 'kuberuntime_container.go killContainer (executePreStopHook before ordering.waitForTurn; gracePeriod -= both), killContainersWithSyncResult (parallel); kuberuntime_termination_order.go; job_controller.go onlyReplaceFailedPods',
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
      initContainers:
      - name: side
        image: envoy
        restartPolicy: Always
        lifecycle: {preStop: {sleep: {seconds: 5}}}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const [p, q] = h.podsOf('j');
    const main = p.status.containerStatuses[0].state.terminated;
    const side = p.status.initContainerStatuses[0].state.terminated;
    h.eq([main.exitCode, h.sec(main.finishedAt), side.exitCode, h.sec(side.finishedAt)], [143, 50, 143, 50], 'ends');
    h.eq(p.status.phase, 'Failed', 'phase');
    h.eq(h.sec(q.metadata.creationTimestamp), 60, 'replacement');
  },
};
