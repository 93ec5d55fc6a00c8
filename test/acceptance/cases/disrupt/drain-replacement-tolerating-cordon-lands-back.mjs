// drainNode at 60s on the only node: cordon (node.kubernetes.io/unschedulable:NoSchedule, kubelet
// NodeNotSchedulable at its next status sync, 61s) and an Eviction of the running pod (DisruptionTarget
// EvictionByEvictionAPI, exit 143 on SIGTERM at 60s). The Job's replacement tolerates the unschedulable
// taint: after the 10s back-off (from the 60s kill) it is bound to the cordoned node at 70s and is not
// evicted (a drain evicts the pods it listed, not later ones); it runs its 2m: Complete at 191s.
export default {
  id: 'disrupt/drain-replacement-tolerating-cordon-lands-back',
  source: 'kubectl drain (cordon, then evict the pods listed once); scheduler nodeunschedulable Filter (toleration of node.kubernetes.io/unschedulable:NoSchedule); eviction.go addConditionAndDeletePod; job backoff_utils.go (10s from the finish time)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: d }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 60s, drainNode: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "2m" } }
    spec:
      tolerations: [{ key: node.kubernetes.io/unschedulable, operator: Exists, effect: NoSchedule }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never`,
  check(r, h) {
    const [p, q] = h.podsOf('j');
    const dt = h.hasCond(p, 'DisruptionTarget', 'EvictionByEvictionAPI');
    h.eq([dt.message, h.sec(dt.lastTransitionTime), h.sec(p.metadata.deletionTimestamp)], ['Eviction API: evicting', 60, 90], 'evicted by the drain');
    h.eq([p.status.phase, h.exitCodeOf(p)], ['Failed', 143], 'killed');
    h.eq([h.sec(q.metadata.creationTimestamp), q.spec.nodeName], [70, 'w-1'], 'replacement back on the cordoned node');
    h.noCond(q, 'DisruptionTarget');
    h.eq(q.status.phase, 'Succeeded', 'replacement runs to the end');
    h.eq(h.get('Node', 'w-1').spec.unschedulable, true, 'still cordoned');
    h.eq(h.events({ reason: 'NodeNotSchedulable' }).map((e) => h.sec(e.firstTimestamp)), [61], 'kubelet event');
    const c = h.hasCond(h.job('j'), 'Complete');
    h.eq([h.sec(c.lastTransitionTime), h.job('j').status.failed], [191, 1], 'Complete, one failure');
  },
};
