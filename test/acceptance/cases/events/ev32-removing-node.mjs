// A Node deleted at +40s: the node lifecycle controller's next monitor pass records Normal RemovingNode
// "Node node-3 event: Removing Node node-3 from Controller" (node-controller), within 5s.
export default {
  id: 'events/ev32-removing-node',
  source: 'node_lifecycle_controller.go monitorNodeHealth (deleted nodes: RecordNodeEvent(..., Normal, "RemovingNode", "Removing Node %v from Controller")); controller/util/node RecordNodeEvent ("Node %s event: %s")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: rn}
spec:
  duration: 2m
  faults:
  - {at: 40s, deleteNode: node-3}
`,
  check(r, h) {
    const e = h.events({ reason: 'RemovingNode' });
    h.eq(e.map((x) => [x.type, x.message, x.involvedObject.kind, x.involvedObject.name, x.source.component]), [['Normal', 'Node node-3 event: Removing Node node-3 from Controller', 'Node', 'node-3', 'node-controller']], 'RemovingNode');
    h.near(h.sec(e[0].firstTimestamp), 42.5, 2.5, 'within one monitor period');
  },
};
