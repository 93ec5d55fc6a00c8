// A pod on a silent node is evicted by the taint manager at 415s (Unknown 110s, NoExecute 115s, +300s):
// DisruptionTarget DeletionByTaintManager, deletionTimestamp 445s. An Eviction API call at 450s on the
// already terminating pod (canIgnorePDB: deletionTimestamp set) runs addConditionAndDeletePod: the
// condition keeps status True, so UpdatePodCondition keeps lastTransitionTime (415s) and replaces reason and
// message; the DELETE of a pod already gracefully deleted (no shorter grace) changes nothing.
export default {
  id: 'disrupt/evict-after-taint-eviction-reason-replaced',
  source: 'pkg/registry/core/pod/storage/eviction.go canIgnorePDB + addConditionAndDeletePod (conditionAppender UpdatePodCondition); pkg/api/pod UpdatePodCondition (same status keeps LastTransitionTime); apiserver rest/delete.go BeforeDelete (already deleting: gracefulPending, timestamp unchanged)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: d }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
    - { name: x, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
  - { at: 450s, evictPod: default/j-bn7wn }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const [p, q] = h.podsOf('j');
    h.eq(p.metadata.name, 'j-bn7wn', 'first pod');
    h.eq(h.events({ reason: 'TaintManagerEviction', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message, e.source.component]),
      [[415, 'Marking for deletion Pod default/j-bn7wn', 'taint-eviction-controller']], 'one taint eviction');
    const dt = h.hasCond(p, 'DisruptionTarget', 'EvictionByEvictionAPI');
    h.eq([dt.message, h.sec(dt.lastTransitionTime)], ['Eviction API: evicting', 415], 'reason replaced, transition time kept');
    h.eq(p.status.conditions.filter((c) => c.type === 'DisruptionTarget').length, 1, 'one DisruptionTarget condition');
    h.eq(h.sec(p.metadata.deletionTimestamp), 445, 'deletionTimestamp of the first delete');
    h.eq(p.status.phase, 'Running', 'still Running on the silent node');
    h.eq(h.sec(q.metadata.creationTimestamp), 416, 'replacement after the taint eviction');
    h.eq([h.job('j').status.failed, h.job('j').status.terminating], [1, 1], 'counted once, still terminating');
  },
};
