// restartPolicy OnFailure: the first run fails at 20s and the container is restarted at once (restartCount 1);
// the pod is evicted at 30s during its second run. The container exits 143 on SIGTERM and, the pod being
// deleted, is not restarted: phase Failed, restartCount stays 1 (lastState the first run's exit 1). The Job counts
// one failed pod (restarts of a pod that is gone are not failures) and re-creates it 10s after 30s; the new pod
// starts from restartCount 0 and succeeds (attempt 3 exits 0).
export default {
  id: 'evict/ev10-onfailure-running-pod-evicted',
  source: 'eviction.go addConditionAndDeletePod; kubelet kuberuntime_manager.go computePodActions (no restart of a pod being deleted), getPhase (podIsTerminal, exit != 0 -> Failed); job_controller.go isPodFailed (deleted) and getBackoff',
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
  template:
    metadata: {annotations: {jobsim/duration: 20s, jobsim/exit-codes: "1,1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const [p, q] = h.podsOf('j');
    const cs = p.status.containerStatuses[0];
    h.eq([p.status.phase, cs.restartCount, cs.state.terminated.exitCode, h.sec(cs.state.terminated.startedAt), h.sec(cs.state.terminated.finishedAt)], ['Failed', 1, 143, 20, 30], 'evicted pod');
    h.eq([cs.lastState.terminated?.exitCode, h.sec(cs.lastState.terminated?.finishedAt)], [1, 20], 'first run in lastState');
    h.hasCond(p, 'DisruptionTarget', 'EvictionByEvictionAPI');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [30], 'Killing');
    h.eq([h.sec(q.metadata.creationTimestamp), q.status.phase, q.status.containerStatuses[0].restartCount], [40, 'Succeeded', 0], 'replacement');
    const j = h.job('j');
    h.eq([j.status.failed, j.status.succeeded, h.sec(h.hasCond(j, 'Complete').lastTransitionTime)], [1, 1, 61], 'Job');
  },
};
