// A toleration { key: unreachable, operator: Equal, value: "x", effect: NoExecute } stops the
// DefaultTolerationSeconds admission from adding the 300s unreachable toleration, but does not tolerate the
// controller's taint (empty value): the pod is evicted the moment the NoExecute taint is added, with the
// DisruptionTarget condition's exact reason and message; the Job replaces it once the 10s back-off, counted from the pod's Ready=False transition, has passed.
export default {
  id: 'tainteviction/unreachable-value-mismatch-evicted-at-taint',
  source: 'defaulttolerationseconds/admission.go (toleratesNodeUnreachable: key and effect only); core/v1 Toleration.ToleratesTaint (Equal compares value); taint_eviction.go processPodOnNode (!allTolerated -> now), addConditionAndDeletePod',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
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
      tolerations:
      - { key: node.kubernetes.io/unreachable, operator: Equal, value: "x", effect: NoExecute, tolerationSeconds: 600 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const n = p.metadata.name;
    h.eq(p.spec.tolerations.map((t) => [t.key, t.operator, t.tolerationSeconds]), [['node.kubernetes.io/unreachable', 'Equal', 600], ['node.kubernetes.io/not-ready', 'Exists', 300]], 'tolerations');
    const u = h.sec(h.events({ reason: 'NodeNotReady', kind: 'Node', name: 'w-1' })[0].firstTimestamp);
    const taintAt = h.sec(h.get('Node', 'w-1').spec.taints.find((t) => t.effect === 'NoExecute').timeAdded);
    h.eq(taintAt, u + 5, 'NoExecute one pass after Unknown');
    const ev = h.events({ reason: 'TaintManagerEviction', name: n }).map((e) => [h.sec(e.firstTimestamp), e.message, e.type, e.source.component]);
    h.eq(ev, [[taintAt, `Marking for deletion Pod default/${n}`, 'Normal', 'taint-eviction-controller']], 'evicted at the taint');
    const dt = h.hasCond(p, 'DisruptionTarget', 'DeletionByTaintManager');
    h.eq([dt.message, h.sec(dt.lastTransitionTime)], ['Taint manager: deleting due to NoExecute taint', taintAt], 'condition');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [taintAt + 30, 30], 'graceful delete');
    const pods = h.podsOf('j');
    h.eq(pods.length, 2, 'one replacement');
    h.eq(h.sec(pods[1].metadata.creationTimestamp), u + 10, 'replacement when the 10s back-off from the Ready=False transition (its finish time) ends');
  },
};
