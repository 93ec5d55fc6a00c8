// All four nodes of zones a and b are Unknown (master disruption mode, no NoExecute taint). b-1 is back at
// 237s; the 240s pass exits the mode and resets the limiter of every zone (zone a FullDisruption -> 0.1/s,
// zone b Normal -> 0.1/s), each a new token bucket drained at the swap: the first taint of each zone waits one
// token (250s, both zones at once), zone a's second node the next one (260s).
export default {
  id: 'zones/exit-master-each-zone-drained-bucket',
  source: 'node_lifecycle_controller.go handleDisruption (exiting master disruption: for k := range zoneStates setLimiterInZone(k, ..., newZoneStates[k])), setLimiterInZone, HealthyQPSFunc; scheduler/rate_limited_queue.go SwapLimiter (new bucket drained when the old limiter refuses), Try',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: a, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-a } }
    - { name: b, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-b } }
  faults:
  - { at: 60s, nodeDown: a-1 }
  - { at: 60s, nodeDown: a-2 }
  - { at: 60s, nodeDown: b-1, for: 177s }
  - { at: 60s, nodeDown: b-2 }
`,
  check(r, h) {
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Node' }).map((e) => h.sec(e.firstTimestamp)).sort(), [105, 105, 105, 110], 'all Unknown by 110s');
    h.eq(h.events({ reason: 'NodeReady', name: 'b-1' }).map((e) => h.sec(e.firstTimestamp)), [237], 'b-1 back');
    const ne = (n) => h.sec((h.get('Node', n).spec.taints ?? []).find((t) => t.effect === 'NoExecute')?.timeAdded);
    h.eq([ne('a-1'), ne('a-2')].sort(), [250, 260], 'zone a: one token at 250s, the next at 260s');
    h.eq(ne('b-2'), 250, 'zone b: its own bucket, 250s');
    h.eq(ne('b-1'), undefined, 'b-1 untainted');
  },
};
