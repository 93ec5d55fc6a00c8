// The NoExecute tainter is rate-limited per zone, keyed by GetZoneKey: region + ":\x00:" + zone, each read
// from the failure-domain.beta.kubernetes.io label first, else the topology.kubernetes.io one. Pools a and
// b share zone z1 but not their region (r1, r2): two zones. Pools c and d have only the beta zone label
// (z7, z8): two more zones. Each zone has 2 nodes, 1 silent (Normal state): every silent node is tainted
// NoExecute at the pass after its Unknown (a-1: 105s -> 110s; b-1, c-1, d-1: 110s -> 115s).
// (jobsim once keyed zones by topology.kubernetes.io/zone alone.)
export default {
  id: 'disrupt/zone-key-region-and-beta-labels',
  source: 'k8s.io/component-helpers/node/topology GetZoneKey (beta zone/region labels first, then topology.kubernetes.io; key region + ":\\x00:" + zone); node_lifecycle_controller.go zoneNoExecuteTainter[nodetopology.GetZoneKey(node)], addPodEvictorForNewZone; ComputeZoneState (notReady > 2 for partial)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: d }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: a, count: 2, capacity: { cpu: "4", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/region: r1, topology.kubernetes.io/zone: z1 } }
    - { name: b, count: 2, capacity: { cpu: "4", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/region: r2, topology.kubernetes.io/zone: z1 } }
    - { name: c, count: 2, capacity: { cpu: "4", memory: 4Gi, pods: 110 }, labels: { failure-domain.beta.kubernetes.io/zone: z7 } }
    - { name: d, count: 2, capacity: { cpu: "4", memory: 4Gi, pods: 110 }, labels: { failure-domain.beta.kubernetes.io/zone: z8 } }
  faults:
  - { at: 60s, nodeDown: a-1 }
  - { at: 60s, nodeDown: b-1 }
  - { at: 60s, nodeDown: c-1 }
  - { at: 60s, nodeDown: d-1 }`,
  check(r, h) {
    const unknown = Object.fromEntries(h.events({ reason: 'NodeNotReady', kind: 'Node' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]));
    h.eq(unknown, { 'a-1': 105, 'b-1': 110, 'c-1': 110, 'd-1': 110 }, 'Unknown times');
    const ne = (n) => h.sec((h.get('Node', n).spec.taints ?? []).find((t) => t.effect === 'NoExecute')?.timeAdded);
    h.eq(['a-1', 'b-1', 'c-1', 'd-1'].map(ne), [110, 115, 115, 115], 'each zone taints its node at once');
  },
};
