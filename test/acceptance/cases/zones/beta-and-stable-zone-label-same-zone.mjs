// GetZoneKey reads the zone from failure-domain.beta.kubernetes.io/zone, else topology.kubernetes.io/zone, so a
// node with only the beta label "z1" and a node with only the stable label "z1" (no region on either) are in the
// same zone and share its tainting limiter: a-1 (Unknown 105s) is tainted at 110s, b-1 (Unknown 110s, queued at
// 115s) waits for the next token, 120s (two zones would have tainted it at 115s). zone z2 stays Ready.
export default {
  id: 'zones/beta-and-stable-zone-label-same-zone',
  source: 'k8s.io/component-helpers/node/topology GetZoneKey (zone := labels[LabelFailureDomainBetaZone], else labels[LabelTopologyZone]; key region + ":\\x00:" + zone); node_lifecycle_controller.go zoneNoExecuteTainter[GetZoneKey(node)]',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { failure-domain.beta.kubernetes.io/zone: z1 } }
    - { name: b, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: z1 } }
    - { name: c, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: z2 } }
  faults:
  - { at: 60s, nodeDown: a-1 }
  - { at: 60s, nodeDown: b-1 }
`,
  check(r, h) {
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Node' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]), [['a-1', 105], ['b-1', 110]], 'Unknown times');
    const ne = (n) => h.sec((h.get('Node', n).spec.taints ?? []).find((t) => t.effect === 'NoExecute')?.timeAdded);
    h.eq([ne('a-1'), ne('b-1')], [110, 120], 'one zone, one token at a time');
  },
};
