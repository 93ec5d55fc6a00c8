// Eviction API on a pod the scheduler could not place (no node matches its nodeSelector): canIgnorePDB (phase
// Pending) -> addConditionAndDeletePod: DisruptionTarget=True EvictionByEvictionAPI "Eviction API: evicting" is
// appended after PodScheduled=False; the DELETE without grace is given grace 0 by CheckGracefulDelete (no
// spec.nodeName): deletionTimestamp = the eviction (30s), deletionGracePeriodSeconds 0, generation bumped to 2
// (BeforeDelete). No kubelet ever saw it: no Killing (and the Eviction API records no event). The Job counts it failed (deleted, not Succeeded) and its
// finish time is deletionTimestamp - 0 = 30s: the replacement comes after the 10s back-off (40s).
export default {
  id: 'evict/ev01-pending-unscheduled-pod-fields',
  source: 'pkg/registry/core/pod/storage/eviction.go canIgnorePDB (PodPending) + addConditionAndDeletePod; pkg/registry/core/pod/strategy.go CheckGracefulDelete (len(NodeName)==0 -> period 0); apiserver rest/delete.go BeforeDelete (generation+1); job_controller.go isPodFailed, backoff_utils.go getFinishTimeFromDeletionTimestamp',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: e}
spec:
  duration: 2m
  faults:
  - {at: 30s, evictPod: default/j-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      nodeSelector: {disk: ssd}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const [p, q] = h.podsOf('j');
    h.eq(p.metadata.name, 'j-bn7wn', 'first pod');
    h.eq([p.spec.nodeName, p.status.phase], [undefined, 'Pending'], 'never bound');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.metadata.generation], [30, 0, 2], 'grace-0 delete');
    h.eq(p.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]),
      [['PodScheduled', 'False', 'Unschedulable', 0], ['DisruptionTarget', 'True', 'EvictionByEvictionAPI', 30]], 'conditions in order');
    h.eq(h.cond(p, 'DisruptionTarget').message, 'Eviction API: evicting', 'message');
    h.eq(h.events().filter((e) => h.sec(e.firstTimestamp) === 30).length, 0, 'the Eviction API records no event; nothing to kill');
    h.eq([h.sec(q.metadata.creationTimestamp), q.status.phase], [40, 'Pending'], 'replacement after 10s back-off');
    const j = h.job('j');
    h.eq([j.status.active, j.status.failed, j.status.terminating ?? 0], [1, 1, 0], 'counts');
  },
};
