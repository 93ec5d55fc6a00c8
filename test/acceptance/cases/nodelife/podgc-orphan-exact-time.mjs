// Node deleted at +110s (no outage before): the pod GC pass at +120s puts the node in the 40s
// quarantine, the pass at +160s force-deletes its pod (Failed, DisruptionTarget DeletionByPodGC).
export default {
  id: 'nodelife/podgc-orphan-exact-time',
  source: 'podgc/gc_controller.go gcOrphaned (nodeQueue.AddAfter(quarantineTime 40s)), discoverDeletedNodes, markFailedAndDeletePodWithCondition; gcCheckPeriod 20s; gc_controller_test.go TestGCOrphaned',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 110s, deleteNode: w-1 }
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
    const p = h.podsOf('j')[0];
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds ?? 0], ['Failed', 160, 0], 'force-deleted at the pass at +160s');
    const dt = h.hasCond(p, 'DisruptionTarget', 'DeletionByPodGC');
    h.eq([dt.message, h.sec(dt.lastTransitionTime)], ['PodGC: node no longer exists', 160], 'condition');
    h.eq(h.events({ reason: 'NodeNotReady' }).length, 0, 'a deleted node is not reported NotReady');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).length, 0, 'no taint eviction');
    h.eq(h.job('j').status.failed, 1, 'Job counts it');
  },
};
