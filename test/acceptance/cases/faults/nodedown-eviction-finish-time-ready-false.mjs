// No podFailurePolicy: a pod on a node down for good is taint-evicted (stuck Terminating). The Job counts it
// failed at once (deletionTimestamp set) and its finish time for the pod back-off is the Ready=False condition's
// lastTransitionTime (MarkPodsNotReady at the Unknown transition, 5m before), not the deletion: the 10s back-off
// has long elapsed and the replacement is created in the sync 1s after the eviction.
export default {
  id: 'faults/nodedown-eviction-finish-time-ready-false',
  source: 'pkg/controller/job/backoff_utils.go getFinishedTime (containers, then getFinishTimeFromPodReadyFalseCondition, then deletionTimestamp - grace); job_controller.go isPodFailed (TerminatingOrFailed), updatePod batching 1s',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ft}
spec:
  duration: 30m
  cluster:
    nodePools:
    - {name: w, count: 2}
  faults:
  - {at: 1m, nodeDown: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "2h"}}
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
            - matchExpressions: [{key: kubernetes.io/hostname, operator: In, values: [w-1]}]
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    const p = pods[0];
    const dt = h.hasCond(p, 'DisruptionTarget', 'DeletionByTaintManager');
    const e = h.sec(dt.lastTransitionTime);
    const rf = p.status.conditions.find((c) => c.type === 'Ready');
    h.eq(rf.status, 'False', 'Ready=False on the unreachable node');
    h.assert(e - h.sec(rf.lastTransitionTime) >= 300, 'Ready=False long before the eviction');
    h.eq(h.sec(pods[1]?.metadata.creationTimestamp), e + 1, 'replacement created in the sync after the eviction, no back-off wait');
    h.eq(h.job('j').status.failed, 1, 'counted failed');
  },
};
