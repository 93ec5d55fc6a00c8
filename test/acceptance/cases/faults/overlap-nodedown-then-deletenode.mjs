// nodeDown w-1 at 1m for 10m, deleteNode w-1 at 5m: when the nodeDown's `for` ends (11m) the node is gone; nothing
// is revived (no NodeReady, w-1 once in items with its deletionTimestamp), only its NodeNotReady and RemovingNode.
export default {
  id: 'faults/overlap-nodedown-then-deletenode',
  source: 'README faults (deleteNode: the Node object is deleted); node_lifecycle_controller.go (RemovingNode)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nd}
spec:
  duration: 20m
  cluster:
    nodePools:
    - {name: w, count: 3}
  faults:
  - {at: 1m, nodeDown: w-1, for: 10m}
  - {at: 5m, deleteNode: w-1}
`,
  check(r, h) {
    h.eq(h.of('Node').filter((n) => n.metadata.name === 'w-1').length, 1, 'w-1 once');
    h.eq(h.sec(h.get('Node', 'w-1').metadata.deletionTimestamp), 300, 'deleted at 5m');
    h.eq(h.events({ kind: 'Node', name: 'w-1' }).map((e) => e.reason), ['NodeNotReady', 'RemovingNode'], 'node events');
  },
};
