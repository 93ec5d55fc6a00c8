// zone-a's a-1 and a-2 are Unknown at 105s: a-1 takes the zone's token at 110s (its pod's eviction planned),
// a-2 waits in the queue for the next token (120s). At 115s zone-b's only node f-1 goes Unknown too: every zone
// is FullDisruption, master disruption mode removes a-1's taint (eviction cancelled at 115s), takes both nodes
// out of the tainting queue and stops the limiter: a-2 is never tainted NoExecute, and nothing is evicted.
export default {
  id: 'zones/master-entry-drops-node-waiting-for-token',
  source: 'node_lifecycle_controller.go handleDisruption (entering master disruption: markNodeAsReachable -> zoneNoExecuteTainter[zone].Remove(node), SwapLimiter(0)); scheduler/rate_limited_queue.go Try (a never-accepting limiter: nothing leaves the queue)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  duration: 15m
  cluster:
    nodePools:
    - { name: a, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-a } }
    - { name: f, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-b } }
  faults:
  - { at: 60s, nodeDown: a-1 }
  - { at: 60s, nodeDown: a-2 }
  - { at: 65s, nodeDown: f-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { topology.kubernetes.io/zone: zone-a }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Node' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]), [['a-1', 105], ['a-2', 105], ['f-1', 115]], 'Unknown times');
    const ev = h.events({ reason: 'TaintManagerEviction' });
    h.eq(ev.map((e) => [h.sec(e.firstTimestamp), e.message.replace(/Pod default\/.*/, 'Pod')]), [[115, 'Cancelling deletion of Pod']], 'one planned eviction (the node tainted at 110s) cancelled at 115s');
    for (const n of ['a-1', 'a-2', 'f-1']) h.eq((h.get('Node', n).spec.taints ?? []).filter((t) => t.effect === 'NoExecute'), [], `${n} has no NoExecute taint`);
    h.eq(h.podsOf('j').map((p) => p.metadata.deletionTimestamp), [undefined, undefined], 'no pod deleted');
  },
};
