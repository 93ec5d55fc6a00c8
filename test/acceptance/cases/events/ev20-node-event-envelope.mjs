// Node events: NodeNotReady "Node <n> status is now: NodeNotReady" from node-controller (no host) and, on the
// node's return, NodeReady "Node <n> status is now: NodeReady" from the kubelet (host = the node); both
// Normal, on kind Node with no namespace, stored in namespace "default".
export default {
  id: 'events/ev20-node-event-envelope',
  source: 'controller/util/node RecordNodeStatusChange ("Node %s status is now: %s", Namespace ""); kubelet nodestatus ReadyCondition recordEventFunc(Normal, NodeReady), kubelet recordNodeStatusEvent; client-go record makeEvent (namespace default for cluster-scoped objects)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nd}
spec:
  duration: 6m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1, for: 3m }
`,
  check(r, h) {
    const node = h.get('Node', 'w-1', undefined);
    const ev = r.events.filter((e) => e.involvedObject.kind === 'Node');
    h.eq(ev.map((e) => [e.type, e.reason, e.message, e.source, e.metadata.namespace, e.involvedObject.namespace ?? '', e.involvedObject.name]), [
      ['Normal', 'NodeNotReady', 'Node w-1 status is now: NodeNotReady', { component: 'node-controller' }, 'default', '', 'w-1'],
      ['Normal', 'NodeReady', 'Node w-1 status is now: NodeReady', { component: 'kubelet', host: 'w-1' }, 'default', '', 'w-1'],
    ], 'node events');
    h.eq(ev[0].involvedObject.uid, node.metadata.uid, 'node-controller event names the Node uid');
    h.eq(h.sec(ev[1].firstTimestamp), 240, 'NodeReady at the return');
  },
};
