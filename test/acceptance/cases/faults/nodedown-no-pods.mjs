// nodeDown on a node with no pods (no workload at all), for good: the node controller marks it Ready=Unknown
// (NodeStatusUnknown, "Kubelet stopped posting node status."), adds the unreachable NoSchedule taint (timeAdded =
// the transition) and, one monitor pass later, the unreachable NoExecute taint (timeAdded 5s later). The only
// event is the node's NodeNotReady; the taint manager has no pod to plan (no TaintManagerEviction).
export default {
  id: 'faults/nodedown-no-pods',
  source: 'node_lifecycle_controller.go tryUpdateNodeHealth (NodeStatusUnknown), doNoScheduleTaintingPass, processTaintBaseEviction; controller_utils.go SwapNodeControllerTaint (TimeAdded = now); tainteviction/taint_eviction.go',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: np}
spec:
  duration: 10m
  cluster:
    nodePools:
    - {name: w, count: 3}
  faults:
  - {at: 2m, nodeDown: w-2}
`,
  check(r, h) {
    const n = h.get('Node', 'w-2');
    const ready = n.status.conditions.find((c) => c.type === 'Ready');
    const u = h.sec(ready.lastTransitionTime);
    h.eq([ready.status, ready.reason, ready.message], ['Unknown', 'NodeStatusUnknown', 'Kubelet stopped posting node status.'], 'Ready');
    h.assert(u >= 160 && u <= 175 && u % 5 === 0, `Unknown at ${u}s: a monitor pass 40-55s after the failure`);
    h.eq((n.spec.taints ?? []).map((t) => [t.key, t.effect, h.sec(t.timeAdded)]), [
      ['node.kubernetes.io/unreachable', 'NoSchedule', u],
      ['node.kubernetes.io/unreachable', 'NoExecute', u + 5],
    ], 'taints');
    h.eq(r.events.map((e) => [e.reason, e.involvedObject.name, e.source.component, h.sec(e.firstTimestamp)]), [['NodeNotReady', 'w-2', 'node-controller', u]], 'the only event');
  },
};
