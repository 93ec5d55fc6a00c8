// Leaving master disruption mode gives every node a fresh probe timestamp. w-1, the only counted node, is
// Unknown at 100s (master disruption) and back at 238s; the 240s pass exits the mode and sets every node's
// probeTimestamp to now. cp-1 (exclude-disruption) stopped renewing at 200s (last renewal seen at 195s); with its
// probe moved to 240s it goes Unknown only when 50s have passed since then: 290s (not 245s), and is tainted
// NoExecute at the next pass, 295s (the zone's new bucket has its token since 250s).
export default {
  id: 'zones/exit-master-resets-probe-of-silent-node',
  source: 'node_lifecycle_controller.go handleDisruption ("Exiting master disruption mode": "When exiting disruption mode update probe timestamps on all Nodes." v.probeTimestamp = now for every node), tryUpdateNodeHealth (now.After(probeTimestamp + gracePeriod)), processTaintBaseEviction',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
    - { name: cp, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { node.kubernetes.io/exclude-disruption: "" } }
  faults:
  - { at: 50s, nodeDown: w-1, for: 188s }
  - { at: 200s, nodeDown: cp-1 }
`,
  check(r, h) {
    h.eq(h.events({ reason: 'NodeNotReady', name: 'w-1' }).map((e) => h.sec(e.firstTimestamp)), [100], 'w-1 Unknown: master disruption');
    h.eq(h.events({ reason: 'NodeReady', name: 'w-1' }).map((e) => h.sec(e.firstTimestamp)), [238], 'w-1 back');
    h.eq(h.events({ reason: 'NodeNotReady', name: 'cp-1' }).map((e) => h.sec(e.firstTimestamp)), [290], 'cp-1 Unknown 50s after the 240s exit');
    const ne = (h.get('Node', 'cp-1').spec.taints ?? []).find((t) => t.effect === 'NoExecute');
    h.eq(h.sec(ne?.timeAdded), 295, 'cp-1 NoExecute at the next pass');
  },
};
