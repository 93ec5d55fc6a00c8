// drainNode at 90s on a node whose kubelet went silent at 60s (not yet Unknown): the Eviction API adds
// DisruptionTarget EvictionByEvictionAPI at 90s and deletes gracefully (deletionTimestamp 120s); the Job
// counts the terminating pod failed and, its finish time being deletionTimestamp - grace = 90s, creates the
// replacement after the 10s back-off (100s), which finds w-1 cordoned. The node is marked Unknown at 110s
// (pod Ready=False, event although terminating), NoExecute at 115s; the taint manager still evicts the
// pod at 415s: its status patch replaces the reason with DeletionByTaintManager, keeping 90s.
export default {
  id: 'disrupt/drain-silent-node-taint-reason-replaced',
  source: 'tainteviction/taint_eviction.go addConditionAndDeletePod (UpdatePodCondition; patch when updated; no deletionTimestamp check); controller/util/node MarkPodsNotReady (no deletion check); eviction.go addConditionAndDeletePod; job backoff_utils.go getFinishTimeFromDeletionTimestamp',
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
  - { at: 90s, drainNode: w-1 }
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
    h.eq(h.sec(p.metadata.deletionTimestamp), 120, 'drain: graceful delete with 30s');
    const dt = h.hasCond(p, 'DisruptionTarget', 'DeletionByTaintManager');
    h.eq([dt.message, h.sec(dt.lastTransitionTime)], ['Taint manager: deleting due to NoExecute taint', 90], 'taint manager reason, drain transition time');
    h.eq(h.events({ reason: 'TaintManagerEviction', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]),
      [[415, `Marking for deletion Pod default/${p.metadata.name}`]], 'taint eviction event');
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Pod', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.type, e.message]),
      [[110, 'Warning', 'Node is not ready']], 'pod marked not ready although terminating');
    h.eq(h.sec(q.metadata.creationTimestamp), 100, 'replacement after the back-off from 90s');
    h.eq(q.spec.nodeName, undefined, 'replacement not placed on the cordoned node');
    const taints = (h.get('Node', 'w-1').spec.taints ?? []).map((t) => [t.key, t.effect, h.sec(t.timeAdded)]);
    h.eq(taints, [['node.kubernetes.io/unschedulable', 'NoSchedule', 90], ['node.kubernetes.io/unreachable', 'NoSchedule', 110], ['node.kubernetes.io/unreachable', 'NoExecute', 115]], 'taints');
    h.eq(h.job('j').status.failed, 1, 'counted once');
  },
};
