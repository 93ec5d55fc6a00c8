// Row "Network Disruption: One zone is down - eviction should take place": zone1's only node is Unknown
// (FullDisruption) while zone2 is Normal: not all zones are disrupted, so zone1 keeps the normal 0.1/s rate,
// its node is tainted NoExecute one pass after Unknown and its pod evicted 300s later; the replacement lands
// in zone2 and carries zone2's topology labels.
export default {
  id: 'zones/one-zone-down-other-normal-evicts',
  source: 'node_lifecycle_controller_test.go TestMonitorNodeHealthEvictPodsWithDisruption row "Network Disruption: One zone is down - eviction should take place."; node_lifecycle_controller.go handleDisruption, setLimiterInZone(stateFullDisruption -> HealthyQPSFunc)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  duration: 15m
  cluster:
    nodePools:
    - { name: node0, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/region: region1, topology.kubernetes.io/zone: zone1, failure-domain.beta.kubernetes.io/region: region1, failure-domain.beta.kubernetes.io/zone: zone1 } }
    - { name: node1, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/region: region1, topology.kubernetes.io/zone: zone2, failure-domain.beta.kubernetes.io/region: region1, failure-domain.beta.kubernetes.io/zone: zone2 } }
  faults:
  - { at: 60s, nodeDown: node0-1 }
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
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Node' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]), [['node0-1', 110]], 'node0-1 Unknown');
    const ne = h.get('Node', 'node0-1').spec.taints.find((t) => t.effect === 'NoExecute');
    h.eq([ne.key, h.sec(ne.timeAdded)], ['node.kubernetes.io/unreachable', 115], 'NoExecute taint at the next pass');
    const victim = h.podsOf('pod0').find((p) => p.spec.nodeName === 'node0-1');
    h.eq(h.events({ reason: 'TaintManagerEviction', name: victim.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[415, `Marking for deletion Pod default/${victim.metadata.name}`]], 'evicted after 300s');
    const repl = h.podsOf('pod0')[2];
    h.eq([h.sec(repl.metadata.creationTimestamp), repl.spec.nodeName, repl.metadata.labels['topology.kubernetes.io/zone']], [416, 'node1-1', 'zone2'], 'replacement in zone2');
    h.eq(h.job('pod0').status.failed, 1, 'failed');
  },
};
