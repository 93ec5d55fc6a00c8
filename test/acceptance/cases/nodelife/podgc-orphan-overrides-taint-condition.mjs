// A pod evicted by the taint manager (DisruptionTarget DeletionByTaintManager, stuck Terminating) is
// later orphaned: the pod GC's DisruptionTarget replaces reason and message, but the status did not
// change (True), so lastTransitionTime stays that of the eviction.
export default {
  id: 'nodelife/podgc-orphan-overrides-taint-condition',
  source: 'pkg/api/v1/pod/util.go UpdatePodCondition (same status keeps LastTransitionTime); podgc markFailedAndDeletePodWithCondition',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 20m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
  - { at: 10m, deleteNode: w-1 }
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
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const evict = h.sec(h.events({ reason: 'TaintManagerEviction', name: p.metadata.name })[0].firstTimestamp);
    const dt = h.hasCond(p, 'DisruptionTarget', 'DeletionByPodGC');
    h.eq([dt.message, h.sec(dt.lastTransitionTime)], ['PodGC: node no longer exists', evict], 'reason replaced, transition time kept');
    h.eq(p.status.phase, 'Failed', 'phase');
    h.eq(h.sec(p.metadata.deletionTimestamp), evict + 30, 'deletionTimestamp of the graceful delete kept');
    h.eq(h.job('j').status.failed ?? 0, 0, 'ignored by the pod failure policy');
  },
};
