// A pod evicted while its image is still being pulled (pull latency 30s, eviction at 10s): bound, so the
// pod's grace applies (deletionTimestamp 40s, grace 30). No container runs: no Killing; TerminatePod defaults
// the never-started container to terminated 137 ContainerStatusUnknown "The container could not be located
// when the pod was terminated" without finishedAt. The Job counts it failed; getFinishedTime finds no
// container finishedAt and takes the Ready=False condition's lastTransitionTime (0s, ContainersNotReady since
// the pod started), so the 10s back-off has already passed: the replacement is created in the 11s sync.
export default {
  id: 'evict/ev02-image-pull-ready-false-backoff',
  source: 'eviction.go addConditionAndDeletePod; strategy.go CheckGracefulDelete (TerminationGracePeriodSeconds); kubelet status_manager.go TerminatePod (ContainerStatusUnknown, 137); job backoff_utils.go getFinishedTime (containers -> getFinishTimeFromPodReadyFalseCondition -> deletionTimestamp)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: e}
spec:
  latencies: {imagePull: 30s}
  faults:
  - {at: 10s, evictPod: default/j-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const [p, q] = h.podsOf('j');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [40, 30], 'graceful delete with the pod grace');
    const dt = h.hasCond(p, 'DisruptionTarget', 'EvictionByEvictionAPI');
    h.eq(h.sec(dt.lastTransitionTime), 10, 'condition at eviction');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([p.status.phase, t.exitCode, t.reason, t.message, t.finishedAt], ['Failed', 137, 'ContainerStatusUnknown', 'The container could not be located when the pod was terminated', undefined], 'terminated defaults');
    const ready = h.anyCond(p, 'Ready');
    h.eq([ready.status, ready.reason, h.sec(ready.lastTransitionTime)], ['False', 'ContainersNotReady', 0], 'Ready False since start');
    h.eq(h.events({ reason: 'Killing' }).length, 0, 'nothing to kill');
    h.eq(h.events({ reason: 'Pulled', name: p.metadata.name }).length, 0, 'pull never completed');
    h.eq(h.sec(q.metadata.creationTimestamp), 11, 'replacement at the first sync (back-off from Ready=False at 0s)');
    const j = h.job('j');
    h.eq([j.status.failed, j.status.succeeded, h.sec(h.hasCond(j, 'Complete').lastTransitionTime)], [1, 1, 52], 'Job');
  },
};
