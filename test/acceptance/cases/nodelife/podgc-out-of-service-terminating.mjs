// A terminating pod on a not-Ready node that carries the node.kubernetes.io/out-of-service taint is
// marked Failed and force-deleted by the next pod GC pass (gcTerminating). Here the node's pool
// carries the taint (NoSchedule, tolerated by the pod); the pod is taint-evicted at taint + 300s and
// would otherwise stay Terminating.
export default {
  id: 'nodelife/podgc-out-of-service-terminating',
  source: 'podgc/gc_controller.go gcTerminating (isPodTerminating && !IsNodeReady && TaintKeyExists(out-of-service)) -> markFailedAndDeletePod; gc_controller_test.go TestGCTerminating',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 15m
  cluster:
    nodePools:
    - name: w
      count: 1
      capacity: { cpu: "1", memory: 4Gi, pods: 110 }
      taints: [{ key: node.kubernetes.io/out-of-service, value: nodeshutdown, effect: NoSchedule }]
    - { name: x, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  podFailurePolicy:
    rules:
    - { action: Ignore, onPodConditions: [{ type: DisruptionTarget }] }
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations: [{ key: node.kubernetes.io/out-of-service, operator: Exists, effect: NoSchedule }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const evict = h.sec(h.events({ reason: 'TaintManagerEviction', name: p.metadata.name })[0].firstTimestamp);
    h.hasCond(p, 'DisruptionTarget', 'DeletionByTaintManager');
    h.eq(p.status.phase, 'Failed', 'phase Failed (pod GC)');
    const pass = Math.floor(evict / 20) * 20 + 20;
    h.eq(h.podsOf('j').length, 2, 'replaced once failed (Ignore)');
    // the pod changes reach the Job controller through its 1s batching (enqueueSyncJobBatched)
    h.eq(h.sec(h.podsOf('j')[1].metadata.creationTimestamp), pass + 1, 'replacement created 1s after the pod GC pass after the eviction');
  },
};
