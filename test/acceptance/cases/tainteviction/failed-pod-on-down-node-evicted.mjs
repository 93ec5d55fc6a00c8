// A Failed pod (exit 3, backoffLimit 0: the Job failed at +11s) on a node that later goes down is evicted like any
// other pod 300s after the NoExecute taint: DisruptionTarget added, deleted with grace 0; phase stays Failed and
// the Job's counters and conditions do not move.
export default {
  id: 'tainteviction/failed-pod-on-down-node-evicted',
  source: 'taint_eviction.go handleNodeUpdate (every pod of getPodsAssignedToNode) / addConditionAndDeletePod; registry/core/pod strategy CheckGracefulDelete (terminal -> 0)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 15m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: bad }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: "10s", jobsim/exit-codes: "3" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('bad')[0];
    const taintAt = h.sec(h.get('Node', 'w-1').spec.taints.find((t) => t.effect === 'NoExecute').timeAdded);
    h.eq(h.events({ reason: 'TaintManagerEviction', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[taintAt + 300, `Marking for deletion Pod default/${p.metadata.name}`]], 'evicted');
    h.eq([p.status.phase, h.exitCodeOf(p)], ['Failed', 3], 'still Failed, exit 3');
    h.eq(h.sec(h.hasCond(p, 'DisruptionTarget', 'DeletionByTaintManager').lastTransitionTime), taintAt + 300, 'condition');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds ?? 0], [taintAt + 300, 0], 'grace 0');
    const j = h.job('bad');
    h.eq([j.status.failed, j.status.active ?? 0, h.sec(h.cond(j, 'Failed').lastTransitionTime)], [1, 0, 11], 'Job unchanged');
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Pod' }).length, 0, 'a Failed pod is not marked not ready');
  },
};
