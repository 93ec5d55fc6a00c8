// A node of a pool with random failures is deleted (deleteNode at 6h): no failure or recovery is reported for it
// afterwards (NodeNotReady / NodeReady), only the RemovingNode of its deletion.
export default {
  id: 'faults/mtbf-deleted-node-no-failures',
  source: 'README mtbf (random failures per node), deleteNode (the Node object is deleted)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: md}
spec:
  seed: 2
  duration: 3d
  cluster:
    nodePools:
    - {name: w, count: 3, mtbf: 2h, mttr: 10m}
  faults:
  - {at: 6h, deleteNode: w-1}
`,
  check(r, h) {
    const after = h.events({ kind: 'Node', name: 'w-1' }).filter((e) => h.sec(e.firstTimestamp) > 6 * 3600 + 5).map((e) => e.reason);
    h.eq(after.filter((x) => x !== 'RemovingNode'), [], 'no NodeNotReady/NodeReady after 6h');
    h.assert(h.events({ kind: 'Node', name: 'w-2', reason: 'NodeNotReady' }).length > 3, 'other nodes keep failing');
  },
};
