// The taint manager plans evictions for every pod bound to the node, terminating ones included, and
// the eviction still records its event and adds DisruptionTarget (the DELETE of an already
// terminating pod then changes nothing). Job suspended while its node is down: pod Terminating; the
// taint eviction later marks it.
export default {
  id: 'nodelife/terminating-pod-still-evicted',
  source: 'taint_eviction.go handleNodeUpdate (all pods from getPodsAssignedToNode) / deletePodHandler (emitPodDeletionEvent, addConditionAndDeletePod: no deletionTimestamp check)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 15m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
  timeline:
  - { at: 70s, patch: { kind: Job, name: j, spec: { suspend: true } } }
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
    h.eq([h.sec(p.metadata.deletionTimestamp), p.status.phase], [100, 'Running'], 'Terminating since +70s (grace 30), never confirmed');
    const taintAt = h.sec(h.get('Node', 'w-1').spec.taints.find((t) => t.effect === 'NoExecute').timeAdded);
    const ev = h.events({ reason: 'TaintManagerEviction', name: p.metadata.name });
    h.eq(ev.map((e) => [h.sec(e.firstTimestamp), e.message]), [[taintAt + 300, `Marking for deletion Pod default/${p.metadata.name}`]], 'eviction event');
    const dt = h.hasCond(p, 'DisruptionTarget', 'DeletionByTaintManager');
    h.eq(h.sec(dt.lastTransitionTime), taintAt + 300, 'DisruptionTarget time');
    h.eq(h.sec(p.metadata.deletionTimestamp), 100, 'deletionTimestamp unchanged');
  },
};
