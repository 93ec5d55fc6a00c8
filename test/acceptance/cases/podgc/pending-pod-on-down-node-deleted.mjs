// w-1 stops answering at 5s (for good); at 10s a Job creates a pod with spec.nodeName: w-1 (no scheduler): no kubelet
// ever admits it, so it stays Pending without any status condition. The Node is deleted at 30s: the 40s pass
// quarantines w-1, the 80s pass patches the pod Failed with DisruptionTarget as its only condition and force-deletes
// it. No container status, no Ready condition: the finish time is the deletion (80s), the replacement comes at 90s.
export default {
  id: 'podgc/pending-pod-on-down-node-deleted',
  source: 'podgc gc_controller.go gcOrphaned -> markFailedAndDeletePodWithCondition (phase Pending is not terminal: patched); pkg/api/v1/pod/util.go UpdatePodCondition; job backoff_utils.go getFinishedTime',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: q5}
spec:
  duration: 3m
  cluster:
    nodePools: [{name: w, count: 2}]
  faults:
  - {at: 5s, nodeDown: w-1}
  - {at: 30s, deleteNode: w-1}
  timeline:
  - at: 10s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: j}
      spec:
        template:
          spec:
            nodeName: w-1
            containers: [{name: c, image: busybox:1.36}]
            restartPolicy: Never
`,
  check(r, h) {
    const [p, q] = h.podsOf('j');
    h.eq([h.sec(p.metadata.creationTimestamp), p.status.phase, h.sec(p.metadata.deletionTimestamp), p.status.startTime, p.status.containerStatuses], [10, 'Failed', 80, undefined, undefined], 'first pod');
    h.eq(p.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [['DisruptionTarget', 'True', 'DeletionByPodGC', 'PodGC: node no longer exists', 80]], 'conditions');
    h.eq(h.sec(q?.metadata.creationTimestamp), 90, 'replacement 10s after the deletion');
  },
};
