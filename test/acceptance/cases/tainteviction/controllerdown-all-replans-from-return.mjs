// The controller manager is down (2m-7m) across the planned eviction (taint + 60s). Back, the new taint-eviction
// controller sees every tainted node as added and plans from now: evicted at 7m + 60s, not at the old deadline
// and not at once.
export default {
  id: 'tainteviction/controllerdown-all-replans-from-return',
  source: 'taint_eviction.go New (node AddFunc -> NodeUpdated(nil, node)) -> handleNodeUpdate -> processPodOnNode(now); README Outages',
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
    const taintAt = h.sec(h.get('Node', 'w-1').spec.taints.find((t) => t.key === 'node.kubernetes.io/unreachable' && t.effect === 'NoExecute').timeAdded);
    h.assert(taintAt < 120 && taintAt + 60 > 120, `precondition: taint at ${taintAt}s, deadline inside the outage`);
    h.eq(h.events({ reason: 'TaintManagerEviction', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [480], 'evicted 60s after the return');
    h.eq(h.sec(h.podsOf('j')[1].metadata.creationTimestamp), 481, 'replacement');
  },
};
