// Row "Initially both zones down, one comes back - eviction should take place": zone1 down (node0-1 tainted at
// 115s), then zone2 down too (145s: master disruption, taint removed, eviction cancelled). zone2's node is back
// at 357s; the 360s pass leaves master disruption mode and gives zone1 (still FullDisruption) the normal rate
// through a new token bucket that starts drained, so node0-1 is tainted again at 370s and its pod evicted at
// 670s; the replacement runs in zone2.
export default {
  id: 'zones/one-zone-back-exits-master-evicts-other',
  source: 'node_lifecycle_controller_test.go TestMonitorNodeHealthEvictPodsWithDisruption row "Initially both zones down, one comes back - eviction should take place"; node_lifecycle_controller.go handleDisruption ("Exiting master disruption mode": setLimiterInZone per zone); scheduler/rate_limited_queue.go SwapLimiter (drains the new limiter when the old one refuses)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  duration: 20m
  cluster:
    nodePools:
    - { name: node0, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/region: region1, topology.kubernetes.io/zone: zone1 } }
    - { name: node1, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/region: region1, topology.kubernetes.io/zone: zone2 } }
  faults:
  - { at: 60s, nodeDown: node0-1 }
  - { at: 100s, nodeDown: node1-1, for: 257s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: pod0 }
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Node' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]), [['node0-1', 110], ['node1-1', 145]], 'Unknown times');
    h.eq(h.events({ reason: 'NodeReady', name: 'node1-1' }).map((e) => h.sec(e.firstTimestamp)), [357], 'zone2 back');
    const victim = h.podsOf('pod0').find((p) => p.spec.nodeName === 'node0-1');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [
      [145, `Cancelling deletion of Pod default/${victim.metadata.name}`],
      [670, `Marking for deletion Pod default/${victim.metadata.name}`],
    ], 'cancelled in master disruption, evicted 300s after the new taint');
    h.eq(h.sec(h.get('Node', 'node0-1').spec.taints.find((t) => t.effect === 'NoExecute').timeAdded), 370, 'tainted again one token after the 360s exit');
    const repl = h.podsOf('pod0')[2];
    h.eq([h.sec(repl.metadata.creationTimestamp), repl.spec.nodeName], [671, 'node1-1'], 'replacement in zone2');
  },
};
