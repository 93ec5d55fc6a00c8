// A zone going from FullDisruption back to Normal keeps its token bucket (both states use evictionLimiterQPS, so
// SwapLimiter returns early: no new, drained bucket). a-1 and a-2 are Unknown at 105s (queued at 110s: tokens at
// 110s, 120s), a-3 at 110s (zone-a FullDisruption; queued at 115s). a-1 is back at 113s; the 115s pass marks it
// reachable (out of the queue, and its taint gone if it had the first token) and finds zone-a Normal (2 of 3 not
// Ready is not PartialDisruption): the remaining taints still come on the 110/120/130 grid, not at 125s/135s.
export default {
  id: 'zones/zone-back-to-normal-keeps-bucket',
  source: 'node_lifecycle_controller.go handleDisruption (zone state changed: setLimiterInZone), setLimiterInZone (Normal -> evictionLimiterQPS), ComputeZoneState (notReadyNodes > 2 for partial); scheduler/rate_limited_queue.go SwapLimiter (if q.limiter.QPS() == newQPS return)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: a, count: 3, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-a } }
    - { name: b, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-b } }
  faults:
  - { at: 60s, nodeDown: a-1, for: 53s }
  - { at: 60s, nodeDown: a-2 }
  - { at: 60s, nodeDown: a-3 }
`,
  check(r, h) {
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Node' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]), [['a-1', 105], ['a-2', 105], ['a-3', 110]], 'Unknown times');
    h.eq(h.events({ reason: 'NodeReady' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]), [['a-1', 113]], 'a-1 back');
    const ne = (n) => h.sec((h.get('Node', n).spec.taints ?? []).find((t) => t.effect === 'NoExecute')?.timeAdded);
    h.eq(ne('a-1'), undefined, 'a-1 untainted');
    const rest = [ne('a-2'), ne('a-3')].sort();
    // a-1 took the 110s token (a-2, a-3 at 120s, 130s) or one of the others did (the other at 120s)
    h.assert(JSON.stringify(rest) === '[120,130]' || JSON.stringify(rest) === '[110,120]', `a-2, a-3 tainted on the 10s grid from 110s: ${JSON.stringify(rest)}`);
  },
};
