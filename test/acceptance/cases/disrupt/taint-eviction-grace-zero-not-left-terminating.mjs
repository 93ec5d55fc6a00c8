// A pod with terminationGracePeriodSeconds 0 tolerating unreachable for 30s on w-1, silent from 60s
// (Unknown 110s, NoExecute 115s): evicted at 145s with grace 0 (deletionTimestamp 145s), held only by the
// job-tracking finalizer. The Job counts it failed at 146s and removes the finalizer, which deletes the pod
// at once (grace 0): unlike a graceful eviction on a silent node it is not left terminating (status
// terminating 0) and its last state is Running. The replacement comes at once (finish time from the
// Ready=False of 110s) and cannot be placed.
export default {
  id: 'disrupt/taint-eviction-grace-zero-not-left-terminating',
  source: 'taint_eviction.go addConditionAndDeletePod (Delete with empty DeleteOptions: pod grace 0); registry store.go shouldDeleteDuringUpdate (no finalizer, grace 0 -> delete); job_controller.go isPodFailed, status.terminating; backoff_utils.go getFinishTimeFromPodReadyFalseCondition',
  scenario: `apiVersion: jobsim/v1alpha1
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
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      terminationGracePeriodSeconds: 0
      tolerations: [{ key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 30 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never`,
  check(r, h) {
    const [p, q] = h.podsOf('j');
    h.eq(p.spec.tolerations.map((t) => [t.key, t.tolerationSeconds]), [['node.kubernetes.io/unreachable', 30], ['node.kubernetes.io/not-ready', 300]], 'not-ready default added');
    h.eq(h.events({ reason: 'TaintManagerEviction', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [145], 'evicted 30s after the taint');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.status.phase], [145, 0, 'Running'], 'grace 0, removed while running');
    h.eq(h.sec(h.hasCond(p, 'DisruptionTarget', 'DeletionByTaintManager').lastTransitionTime), 145, 'condition');
    h.eq(h.sec(q.metadata.creationTimestamp), 146, 'replacement');
    const s = h.job('j').status;
    h.eq([s.failed, s.terminating ?? 0, s.active], [1, 0, 1], 'nothing terminating');
  },
};
