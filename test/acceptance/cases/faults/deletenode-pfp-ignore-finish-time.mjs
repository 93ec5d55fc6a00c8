// podFailurePolicy Ignore on DisruptionTarget; the pod's node goes down for good (1m), the pod is taint-evicted and
// stays Terminating; the Node object is deleted at 10m. The pod GC (quarantine 40s, passes every 20s) marks it Failed
// (DisruptionTarget DeletionByPodGC) and force-deletes it; the Ignore rule matches, not counted; the replacement
// is created in the sync 1s later (it stays Pending, its only node gone): its finish time (no terminated container) is the old Ready=False transition.
export default {
  id: 'faults/deletenode-pfp-ignore-finish-time',
  source: 'pkg/controller/podgc/gc_controller.go gcOrphaned (quarantineTime 40s, gcCheckPeriod 20s), markFailedAndDeletePodWithCondition; job_controller.go (Failed phase, Ignore); backoff_utils.go getFinishedTime',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: dp}
spec:
  duration: 20m
  cluster:
    nodePools:
    - {name: w, count: 2}
  faults:
  - {at: 1m, nodeDown: w-1}
  - {at: 10m, deleteNode: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  podFailurePolicy:
    rules:
    - {action: Ignore, onPodConditions: [{type: DisruptionTarget}]}
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
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
    const p = pods.find((x) => x.spec.nodeName === 'w-1');
    h.assert(p, 'a pod on w-1');
    // the taint manager's DisruptionTarget came first (lastTransitionTime kept); the pod GC rewrites reason/message
    const dt = h.hasCond(p, 'DisruptionTarget', 'DeletionByPodGC');
    h.eq(dt.message, 'PodGC: node no longer exists', 'message');
    h.eq(p.status.phase, 'Failed', 'Failed by the pod GC');
    const next = pods.filter((x) => x !== p);
    h.eq(next.length, 1, 'one replacement');
    const g = h.sec(next[0].metadata.creationTimestamp) - 1;
    h.assert(g >= 640 && g <= 680 && g % 20 === 0, `pod GC pass at ${g}s (replacement 1s later): a 20s pass 40-80s after 10m`);
    h.eq(h.job('j').status.failed ?? 0, 0, 'ignored');
  },
};
