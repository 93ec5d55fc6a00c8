// Kubelet silent from T=2m: Ready=Unknown (and only then) between T+40s and T+55s: last Lease
// renewal in (T-10s, T], seen at the next 5s monitor pass, acted on at the first pass after 50s.
export default {
  id: 'cluster/node-down-ready-unknown',
  source: 'cronjob-and-friends.md §5.1 (grace 50s, monitor 5s, lease 10s; NodeStatusUnknown / "Kubelet stopped posting node status."); node_lifecycle_controller.go tryUpdateNodeHealth',
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
  - { at: 2m, nodeDown: w-1 }
`,
  check(r, h) {
    const n = h.get('Node', 'w-1');
    const ready = n.status.conditions.find((c) => c.type === 'Ready');
    h.eq([ready.status, ready.reason, ready.message], ['Unknown', 'NodeStatusUnknown', 'Kubelet stopped posting node status.'], 'Ready condition');
    const t = h.sec(ready.lastTransitionTime);
    h.assert(t >= 120 + 40 && t <= 120 + 55, `Ready=Unknown at +${t}s, expected within [160, 175]`);
    h.assert(h.sec(ready.lastHeartbeatTime) <= 120, `lastHeartbeatTime ${ready.lastHeartbeatTime} is the kubelet's last post, not later than the failure`);
    const ev = h.events({ reason: 'NodeNotReady', kind: 'Node', name: 'w-1' });
    h.eq(ev.length, 1, 'one NodeNotReady node event');
    h.eq([ev[0].type, ev[0].message, ev[0].source.component], ['Normal', 'Node w-1 status is now: NodeNotReady', 'node-controller'], 'NodeNotReady event');
    h.eq(h.sec(ev[0].firstTimestamp), t, 'event at the transition');
    const other = h.get('Node', 'w-2').status.conditions.find((c) => c.type === 'Ready');
    h.eq(other.status, 'True', 'w-2 stays Ready');
  },
};
