// Row "Network Disruption: Both zones down - eviction shouldn't take place", reached in two steps: zone1
// (region1) is fully down first while zone2 (region2) is Normal, so node0-1 is tainted NoExecute at the normal
// rate; when zone2's only node goes Unknown every zone is FullDisruption: master disruption mode removes
// node0-1's NoExecute taint in that pass and the pod's planned eviction is cancelled; nothing is evicted.
export default {
  id: 'zones/both-zones-down-cancels-first-zone-eviction',
  source: 'node_lifecycle_controller_test.go TestMonitorNodeHealthEvictPodsWithDisruption row "Network Disruption: Both zones down - eviction shouldn\'t take place."; node_lifecycle_controller.go handleDisruption (allAreFullyDisrupted && !allWasFullyDisrupted: markNodeAsReachable, SwapLimiter(0))',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  duration: 30m
  cluster:
    nodePools:
    - { name: node0, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/region: region1, topology.kubernetes.io/zone: zone1 } }
    - { name: node1, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/region: region2, topology.kubernetes.io/zone: zone2 } }
  faults:
  - { at: 60s, nodeDown: node0-1 }
  - { at: 3m, nodeDown: node1-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: pod0 }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { topology.kubernetes.io/zone: zone1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const nn = h.events({ reason: 'NodeNotReady', kind: 'Node' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]);
    h.eq(nn.map((x) => x[0]), ['node0-1', 'node1-1'], 'both nodes Unknown');
    const master = nn[1][1];
    const p = h.podsOf('pod0')[0];
    h.eq(h.events({ reason: 'TaintManagerEviction' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[master, `Cancelling deletion of Pod default/${p.metadata.name}`]], 'planned eviction cancelled when zone2 goes Unknown');
    h.eq((h.get('Node', 'node0-1').spec.taints ?? []).filter((t) => t.effect === 'NoExecute'), [], 'node0-1 NoExecute taint removed');
    h.eq((h.get('Node', 'node1-1').spec.taints ?? []).filter((t) => t.effect === 'NoExecute'), [], 'node1-1 never tainted NoExecute');
    h.eq([p.status.phase, p.metadata.deletionTimestamp, h.podsOf('pod0').length], ['Running', undefined, 1], 'pod kept, no replacement');
  },
};
