// nodeDown w-1 at 1m for 1m, then nodeDown w-1 at 2m for 5m: the kubelet is silent from 1m to 7m. It must not
// come back at 2m: one NodeNotReady (node-controller), and NodeReady (kubelet) only at 7m; Ready=True again
// from 7m.
export default {
  id: 'faults/overlap-nodedown-back-to-back',
  source: 'CONTRACT.md §2 faults (nodeDown ... for: node stops answering for that long); node_lifecycle_controller.go tryUpdateNodeHealth',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nb}
spec:
  duration: 15m
  cluster:
    nodePools:
    - {name: w, count: 3}
  faults:
  - {at: 1m, nodeDown: w-1, for: 1m}
  - {at: 2m, nodeDown: w-1, for: 5m}
`,
  check(r, h) {
    const evs = h.events({ kind: 'Node', name: 'w-1' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]);
    h.eq(evs.filter(([x]) => x === 'NodeReady').map(([, t]) => t), [420], 'NodeReady at 7m only');
    h.eq(evs.filter(([x]) => x === 'NodeNotReady').length, 1, 'one NodeNotReady');
    const ready = h.get('Node', 'w-1').status.conditions.find((c) => c.type === 'Ready');
    h.eq([ready.status, h.sec(ready.lastTransitionTime)], ['True', 420], 'Ready again from 7m');
  },
};
