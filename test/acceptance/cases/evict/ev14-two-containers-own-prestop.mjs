// Eviction (30s, grace 30) of a pod with two regular containers, only b having a 10s preStop sleep: the kubelet
// kills both in parallel (Killing for each at 30s); a exits 143 at once, b gets SIGTERM when its hook returns
// (143 at 40s). The pod is Failed once both are done; with podReplacementPolicy Failed the replacement waits for
// that and the 10s back-off from the latest container finish (40s): 50s.
export default {
  id: 'evict/ev14-two-containers-own-prestop',
  source: 'kuberuntime_container.go killContainersWithSyncResult (goroutine per container), killContainer (Killing event, executePreStopHook, StopContainer); job backoff_utils.go getFinishTimeFromContainers (latest finishedAt); eviction.go addConditionAndDeletePod',
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
    metadata: {annotations: {jobsim/duration: 2m}}
    spec:
      containers:
      - {name: a, image: busybox:1.36}
      - name: b
        image: busybox:1.36
        lifecycle: {preStop: {sleep: {seconds: 10}}}
      restartPolicy: Never
`,
  check(r, h) {
    const [p, q] = h.podsOf('j');
    h.eq(p.status.containerStatuses.map((c) => [c.name, c.state.terminated.exitCode, h.sec(c.state.terminated.finishedAt)]), [['a', 143, 30], ['b', 143, 40]], 'container ends');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]).sort(), [[30, 'Stopping container a'], [30, 'Stopping container b']], 'Killing');
    h.eq([p.status.phase, h.sec(h.anyCond(p, 'Ready').lastTransitionTime)], ['Failed', 40], 'Failed when both ended');
    h.eq(h.sec(q.metadata.creationTimestamp), 50, 'replacement');
    h.eq([h.job('j').status.failed, h.sec(h.hasCond(h.job('j'), 'Complete').lastTransitionTime)], [1, 171], 'Job');
  },
};
