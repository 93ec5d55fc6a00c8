// A node cordoned while its kubelet is down (nodeDown 1m..3m, cordon at 2m): recordNodeSchedulableEvent runs at
// every node status update and compares spec.unschedulable with the last value it saw (false), so the kubelet's
// first status sync after its return records NodeNotSchedulable (after NodeReady, same update). jobsim's
// event tick at the cordon finds the node down and is never retried: no NodeNotSchedulable at all.
export default {
  id: 'newfeat/nf10-drain-cordon-during-outage-event-on-return',
  source: 'pkg/kubelet/kubelet_node_status.go recordNodeSchedulableEvent (lastNodeUnschedulable vs node.Spec.Unschedulable), defaultNodeStatusFuncs (run by every updateNodeStatus)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 10m
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  faults:
  - {at: 1m, nodeDown: w-1, for: 2m}
  - {at: 2m, cordonNode: w-1}
`,
  check(r, h) {
    const n = h.get('Node', 'w-1');
    h.eq(n.spec.taints, [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', timeAdded: '2026-01-01T00:02:00Z' }], 'taint from the node lifecycle controller at the cordon');
    const ready = h.events({ reason: 'NodeReady', name: 'w-1' }).map((e) => h.sec(e.firstTimestamp));
    h.eq(ready, [180], 'kubelet back at 3m');
    const ns = h.events({ reason: 'NodeNotSchedulable', name: 'w-1' });
    h.eq(ns.length, 1, 'one NodeNotSchedulable');
    const t = h.sec(ns[0].firstTimestamp);
    h.assert(t >= 180 && t <= 190, `NodeNotSchedulable at the kubelet's first status sync after its return, got ${t}s`);
    h.eq([ns[0].message, ns[0].source.component], ['Node w-1 status is now: NodeNotSchedulable', 'kubelet'], 'event');
  },
};
