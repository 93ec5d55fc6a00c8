// The unreachable NoExecute taint is queued from the *observed* (pre-update) Ready condition, so it
// is added one monitor pass (5s) after the pass that set Ready=Unknown; the NoSchedule taint comes
// from the node-update worker at once.
export default {
  id: 'nodelife/noexecute-one-pass-after-unknown',
  source: 'node_lifecycle_controller.go monitorNodeHealth: processTaintBaseEviction(ctx, node, &observedReadyCondition) where tryUpdateNodeHealth returns the condition copied before it set Unknown; doNoScheduleTaintingPass on nodeUpdateQueue',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
`,
  check(r, h) {
    const n = h.get('Node', 'w-1');
    const u = h.sec(n.status.conditions.find((c) => c.type === 'Ready').lastTransitionTime);
    const ns = n.spec.taints.find((t) => t.effect === 'NoSchedule');
    const ne = n.spec.taints.find((t) => t.effect === 'NoExecute');
    h.eq([ns.key, h.sec(ns.timeAdded)], ['node.kubernetes.io/unreachable', u], 'NoSchedule at the Unknown transition');
    h.eq([ne.key, h.sec(ne.timeAdded)], ['node.kubernetes.io/unreachable', u + 5], 'NoExecute one monitor pass later');
  },
};
