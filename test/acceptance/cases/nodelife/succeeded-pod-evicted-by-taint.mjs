// The taint manager does not look at the phase: a Succeeded pod on the unreachable node is evicted too,
// 300s after the NoExecute taint: event, DisruptionTarget added, and the DELETE of a terminal pod is
// immediate (grace 0).
export default {
  id: 'nodelife/succeeded-pod-evicted-by-taint',
  source: 'taint_eviction.go handleNodeUpdate/processPodOnNode (every pod of getPodsAssignedToNode), addConditionAndDeletePod; registry/core/pod strategy CheckGracefulDelete (terminal phase -> grace 0)',
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
metadata: { name: done }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "20s" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('done')[0];
    const taintAt = h.sec(h.get('Node', 'w-1').spec.taints.find((t) => t.effect === 'NoExecute').timeAdded);
    const ev = h.events({ reason: 'TaintManagerEviction', name: p.metadata.name });
    h.eq(ev.map((e) => [h.sec(e.firstTimestamp), e.message]), [[taintAt + 300, `Marking for deletion Pod default/${p.metadata.name}`]], 'evicted');
    h.eq(p.status.phase, 'Succeeded', 'phase stays Succeeded');
    const dt = h.hasCond(p, 'DisruptionTarget', 'DeletionByTaintManager');
    h.eq(h.sec(dt.lastTransitionTime), taintAt + 300, 'DisruptionTarget');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds ?? 0], [taintAt + 300, 0], 'deleted at once');
    h.hasCond(h.job('done'), 'Complete');
    h.eq(h.job('done').status.succeeded, 1, 'still counted once');
  },
};
