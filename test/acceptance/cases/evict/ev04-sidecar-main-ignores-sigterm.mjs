// Eviction (grace 20s) of a pod with a native sidecar whose main container ignores SIGTERM: main is SIGKILLed
// at the end of its 20s window (137 at 50s); the sidecar's turn comes then, its remaining grace (0) raised to
// the 2s minimum, and it exits on SIGTERM at once (143 at 50s). The pod is Failed; its deletionTimestamp is
// the eviction plus the pod's 20s; with podReplacementPolicy Failed the replacement waits for the pod to be
// Failed and then the back-off: 60s.
export default {
  id: 'evict/ev04-sidecar-main-ignores-sigterm',
  source: 'kuberuntime_container.go killContainer (gracePeriod -= waitForTurn; minimumGracePeriodInSeconds 2); strategy.go CheckGracefulDelete; job_controller.go onlyReplaceFailedPods; backoff_utils.go getFinishTimeFromContainers (sidecars included)',
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
    metadata: {annotations: {jobsim/duration: 2m, jobsim/on-sigterm: ignore}}
    spec:
      terminationGracePeriodSeconds: 20
      initContainers: [{name: side, image: envoy, restartPolicy: Always}]
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const [p, q] = h.podsOf('j');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [50, 20], 'deletion');
    const main = p.status.containerStatuses[0].state.terminated;
    const side = p.status.initContainerStatuses[0].state.terminated;
    h.eq([main.exitCode, main.reason, h.sec(main.finishedAt)], [137, 'Error', 50], 'main SIGKILLed');
    h.eq([side.exitCode, side.reason, h.sec(side.finishedAt)], [143, 'Error', 50], 'sidecar after main');
    h.eq(p.status.phase, 'Failed', 'phase');
    h.eq(h.sec(q.metadata.creationTimestamp), 60, 'replacement');
    const j = h.job('j');
    h.eq([j.status.failed, j.status.succeeded, h.sec(h.hasCond(j, 'Complete').lastTransitionTime)], [1, 1, 181], 'Job');
  },
};
