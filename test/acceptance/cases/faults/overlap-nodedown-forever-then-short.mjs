// nodeDown w-1 at 1m without `for` (down for good, README), then a second nodeDown w-1 at 10m for 1m: the
// node must stay down to the end (a later, shorter fault does not repair a node that is down for good):
// Ready=Unknown at the end, no NodeReady event.
export default {
  id: 'faults/overlap-nodedown-forever-then-short',
  source: 'README scenario format (nodeDown: the kubelet stops answering; omit `for`: for good)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nf}
spec:
  duration: 30m
  cluster:
    nodePools:
    - {name: w, count: 3}
  faults:
  - {at: 1m, nodeDown: w-1}
  - {at: 10m, nodeDown: w-1, for: 1m}
`,
  check(r, h) {
    const ready = h.get('Node', 'w-1').status.conditions.find((c) => c.type === 'Ready');
    h.eq(ready.status, 'Unknown', 'still down at the end');
    h.eq(h.events({ kind: 'Node', name: 'w-1', reason: 'NodeReady' }).length, 0, 'no NodeReady');
  },
};
