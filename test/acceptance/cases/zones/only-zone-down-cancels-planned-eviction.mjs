// Row "Only zone is down - eviction shouldn't take place", reached in two steps: node-1 goes Unknown first
// (zone Normal, 1 of 2) and is tainted NoExecute, its pod's eviction planned; when node-2 goes Unknown the zone
// is FullDisruption and it is the only zone: master disruption mode in that same pass removes node-1's NoExecute
// taint (markNodeAsReachable on every node), the taint manager cancels the pod's deletion, and it is never evicted.
export default {
  id: 'zones/only-zone-down-cancels-planned-eviction',
  source: 'node_lifecycle_controller_test.go TestMonitorNodeHealthEvictPodsWithDisruption row "Network Disruption: Only zone is down - eviction shouldn\'t take place."; node_lifecycle_controller.go handleDisruption ("Entering master disruption mode": markNodeAsReachable for all nodes, SwapLimiter(0)); taint_eviction.go cancelWorkWithEvent',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  duration: 30m
  cluster:
    nodePools:
    - { name: node, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/region: region1, topology.kubernetes.io/zone: zone1 } }
  faults:
  - { at: 60s, nodeDown: node-1 }
  - { at: 200s, nodeDown: node-2 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: pod0 }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: node-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Node' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]), [['node-1', 110], ['node-2', 245]], 'Unknown times');
    const p = h.podsOf('pod0')[0];
    h.eq(h.events({ reason: 'TaintManagerEviction' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[245, `Cancelling deletion of Pod default/${p.metadata.name}`]], 'eviction planned at the 115s taint cancelled at 245s, none after');
    for (const n of ['node-1', 'node-2']) h.eq((h.get('Node', n).spec.taints ?? []).map((t) => `${t.key}:${t.effect}`), ['node.kubernetes.io/unreachable:NoSchedule'], `${n} keeps only the NoSchedule taint`);
    h.eq([p.status.phase, p.metadata.deletionTimestamp], ['Running', undefined], 'pod never deleted');
    h.eq(h.podsOf('pod0').length, 1, 'no replacement');
  },
};
