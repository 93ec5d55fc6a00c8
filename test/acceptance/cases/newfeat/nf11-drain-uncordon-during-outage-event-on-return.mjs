// Cordoned at 10s (NodeNotSchedulable within 10s), the kubelet down from 1m to 3m, uncordoned at 2m while it is
// down: its first status update after the return sees spec.unschedulable false against its last true and
// records NodeSchedulable.
export default {
  id: 'newfeat/nf11-drain-uncordon-during-outage-event-on-return',
  source: 'pkg/kubelet/kubelet_node_status.go recordNodeSchedulableEvent',
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
  - {at: 10s, cordonNode: w-1, for: 110s}
  - {at: 1m, nodeDown: w-1, for: 2m}
`,
  check(r, h) {
    const ns = h.events({ reason: 'NodeNotSchedulable', name: 'w-1' }).map((e) => h.sec(e.firstTimestamp));
    h.eq(ns.length, 1, 'one NodeNotSchedulable');
    h.assert(ns[0] > 10 && ns[0] <= 20, `NodeNotSchedulable within 10s of the cordon: ${ns[0]}`);
    const s = h.events({ reason: 'NodeSchedulable', name: 'w-1' }).map((e) => h.sec(e.firstTimestamp));
    h.eq(s.length, 1, 'one NodeSchedulable');
    h.assert(s[0] >= 180 && s[0] <= 190, `NodeSchedulable at the first status sync after the return: ${s[0]}`);
    h.eq(h.get('Node', 'w-1').spec.taints, undefined, 'taint gone');
  },
};
