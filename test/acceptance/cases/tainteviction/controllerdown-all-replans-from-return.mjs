// The controller manager is down (2m-7m) across the planned eviction (taint + 60s). Back, the new node lifecycle
// controller sees w-1 as a new node: markNodeAsReachable removes its unreachable NoExecute taint and, the node
// still Unknown, the zone's new limiter taints it again at once (7m); the new taint-eviction controller plans from
// there: evicted at 7m + 60s, not at the old deadline and not at once.
export default {
  id: 'tainteviction/controllerdown-all-replans-from-return',
  source: 'taint_eviction.go New (node AddFunc -> NodeUpdated(nil, node)) -> handleNodeUpdate -> processPodOnNode(now); node_lifecycle_controller.go monitorNodeHealth (markNodeAsReachable(added[i]), processTaintBaseEviction); README Outages',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 15m
  cluster:
    nodePools:
    - name: w
      count: 1
      capacity: { cpu: "4", memory: 4Gi, pods: 110 }
      taints: [{ key: dedicated, value: batch, effect: NoExecute }]
    - { name: x, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
  - { at: 2m, controllerDown: all, for: 5m }
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
      - { key: dedicated, operator: Exists, effect: NoExecute }
      - { key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 60 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const unknownAt = h.sec(h.events({ reason: 'NodeNotReady', name: 'w-1' })[0].firstTimestamp);
    // tainted one pass after Unknown: the first deadline (taint + 60s) falls inside the outage
    h.assert(unknownAt + 5 <= 120 && unknownAt + 5 + 60 > 120, `precondition: Unknown at ${unknownAt}s, deadline inside the outage`);
    const taintAt = h.sec(h.get('Node', 'w-1').spec.taints.find((t) => t.key === 'node.kubernetes.io/unreachable' && t.effect === 'NoExecute').timeAdded);
    h.eq(taintAt, 420, 'the NoExecute taint removed and added again at the return');
    h.eq(h.events({ reason: 'TaintManagerEviction', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [480], 'evicted 60s after the return');
    h.eq(h.sec(h.podsOf('j')[1].metadata.creationTimestamp), 481, 'replacement');
  },
};
