// w-1's machine goes at 30s (deleteNode: Node object deleted, kubelet gone; RemovingNode at the next
// monitor pass, 35s). The pod GC sees the orphan at its 40s pass and starts the 40s quarantine. An
// Eviction at 45s adds DisruptionTarget EvictionByEvictionAPI and deletes gracefully; with a
// podFailurePolicy the Job waits for a terminal phase. The pod GC's 80s pass fails it: its condition
// patch replaces reason and message (status unchanged: lastTransitionTime 45s stays). The Count rule
// counts it (failed 1) at 81s and the replacement (back-off long over) cannot be placed.
export default {
  id: 'disrupt/evict-on-deleted-node-podgc-count',
  source: 'podgc gc_controller.go gcOrphaned (AddAfter quarantineTime 40s, gcCheckPeriod 20s) -> markFailedAndDeletePodWithCondition (apipod.UpdatePodCondition + PatchPodStatus); eviction.go addConditionAndDeletePod; pod_failure_policy.go Count; job_controller.go isPodFailed (podFailurePolicy: phase Failed only)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: d }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 30s, deleteNode: w-1 }
  - { at: 45s, evictPod: default/j-bn7wn }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  podFailurePolicy:
    rules:
    - { action: Count, onPodConditions: [{ type: DisruptionTarget }] }
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never`,
  check(r, h) {
    const [p, q] = h.podsOf('j');
    h.eq(h.events({ reason: 'RemovingNode' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[35, 'Node w-1 event: Removing Node w-1 from Controller']], 'node controller');
    const dt = h.hasCond(p, 'DisruptionTarget', 'DeletionByPodGC');
    h.eq([dt.message, h.sec(dt.lastTransitionTime)], ['PodGC: node no longer exists', 45], 'pod GC reason, eviction transition time');
    h.eq(p.status.conditions.filter((c) => c.type === 'DisruptionTarget').length, 1, 'one condition');
    h.eq(p.status.phase, 'Failed', 'failed by the pod GC');
    h.eq(h.sec(q.metadata.creationTimestamp), 81, 'counted and replaced after the pod GC');
    h.eq([h.job('j').status.failed, h.job('j').status.terminating ?? 0], [1, 0], 'counted by the Count rule');
  },
};
