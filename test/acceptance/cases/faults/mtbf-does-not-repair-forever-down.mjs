// Random failures (mtbf 1h, mttr 5m) on a pool whose node w-1 is also taken down for good by a scripted fault at
// 1m. The random failure process must not "repair" a node that is down for good: w-1 stays Ready=Unknown to the
// end, with no NodeReady event after 1m.
export default {
  id: 'faults/mtbf-does-not-repair-forever-down',
  source: 'README scenario format (nodeDown without for: for good; mtbf/mttr random failures per node)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: mf}
spec:
  seed: 3
  duration: 2d
  cluster:
    nodePools:
    - {name: w, count: 3, mtbf: 1h, mttr: 5m}
  faults:
  - {at: 1m, nodeDown: w-1}
`,
  check(r, h) {
    const ready = h.get('Node', 'w-1').status.conditions.find((c) => c.type === 'Ready');
    h.eq(ready.status, 'Unknown', 'w-1 still down at the end');
    h.eq(h.events({ kind: 'Node', name: 'w-1', reason: 'NodeReady' }).filter((e) => h.sec(e.firstTimestamp) > 60).length, 0, 'no NodeReady for w-1 after 1m');
    h.assert(h.events({ reason: 'NodeReady' }).length > 0, 'the other nodes do fail and recover');
  },
};
