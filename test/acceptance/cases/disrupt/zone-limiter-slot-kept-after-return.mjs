// Ten nodes in one zone (no zone label: one zone key), at most 3 not Ready (30% < 55%: state Normal, 0.1/s,
// burst 1). w-1 and w-2 are Unknown at 110s and queued at 115s: tainted at 115s and 125s (one token each,
// in whichever order the parallel monitor pass queued them). w-3 is Unknown at 120s, queued at 125s behind
// them (no token before 135s), and its kubelet is back at 126s: the 130s pass marks it reachable, which
// removes it from the zone queue (RateLimitedTimedQueue.Remove) before it took a token. w-4, Unknown at
// 130s, queued at 135s, takes the token of 135s: NoExecute at 135s.
// (jobsim once reserved w-3's slot when it was queued and kept it after the return: w-4 at 145s.)
export default {
  id: 'disrupt/zone-limiter-slot-kept-after-return',
  source: 'node_lifecycle_controller.go markNodeAsReachable (return zoneNoExecuteTainter[zone].Remove(node.Name)), doNoExecuteTaintingPass; scheduler/rate_limited_queue.go RateLimitedTimedQueue.Try (limiter.TryAccept only for an item at the head; a removed item takes no token); flowcontrol token bucket 0.1 qps burst 1',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: d }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 10, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 60s, nodeDown: w-1 }
  - { at: 65s, nodeDown: w-2 }
  - { at: 70s, nodeDown: w-3, for: 56s }
  - { at: 80s, nodeDown: w-4 }
`,
  check(r, h) {
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Node' }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name]), [[110, 'w-1'], [110, 'w-2'], [120, 'w-3'], [130, 'w-4']], 'Unknown times');
    const ne = (n) => h.sec((h.get('Node', n).spec.taints ?? []).find((t) => t.effect === 'NoExecute')?.timeAdded);
    h.eq([ne('w-1'), ne('w-2')].sort((a, b) => a - b), [115, 125], 'w-1 and w-2 one token each');
    h.eq(ne('w-3'), undefined, 'w-3 never tainted NoExecute');
    h.eq(ne('w-4'), 135, 'w-4 takes the token of 135s');
  },
};
