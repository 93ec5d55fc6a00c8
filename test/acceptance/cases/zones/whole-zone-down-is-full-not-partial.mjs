// ComputeZoneState checks "no Ready node" before the partial-disruption threshold: zone-c with all 3 nodes
// Unknown is FullDisruption (not PartialDisruption, whose rate would be 0 in a zone of at most 50 nodes), and
// with zones a and b still Ready it keeps the normal rate (HealthyQPSFunc, 0.1/s): c-3 (Unknown at 105s) is
// tainted at 110s, c-1 and c-2 (Unknown at 110s) at 120s and 130s; a-1 in zone-a at 110s, in parallel.
export default {
  id: 'zones/whole-zone-down-is-full-not-partial',
  source: 'node_lifecycle_controller.go ComputeZoneState (readyNodes == 0 && notReadyNodes > 0 -> stateFullDisruption before notReadyNodes > 2 && ratio >= unhealthyZoneThreshold), setLimiterInZone (stateFullDisruption -> enterFullDisruptionFunc = HealthyQPSFunc = evictionLimiterQPS)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: a, count: 3, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-a } }
    - { name: b, count: 3, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-b } }
    - { name: c, count: 3, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-c } }
  faults:
  - { at: 60s, nodeDown: a-1 }
  - { at: 60s, nodeDown: c-1 }
  - { at: 60s, nodeDown: c-2 }
  - { at: 60s, nodeDown: c-3 }
`,
  check(r, h) {
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Node' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]), [['a-1', 105], ['c-3', 105], ['c-1', 110], ['c-2', 110]], 'Unknown times');
    const ne = (n) => h.sec((h.get('Node', n).spec.taints ?? []).find((t) => t.effect === 'NoExecute')?.timeAdded);
    h.eq(ne('a-1'), 110, 'zone-a');
    h.eq(ne('c-3'), 110, 'zone-c first');
    h.eq([ne('c-1'), ne('c-2')].sort(), [120, 130], 'zone-c fully down still tainted at 0.1/s');
  },
};
