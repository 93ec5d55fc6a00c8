// The other side of the rule: zone-a's only node a-1 is Unknown (zone-a FullDisruption, zone-b Normal), tainted
// NoExecute at 115s. Deleting zone-b's only node at 202s leaves one zone, FullDisruption, but master disruption is
// entered only on a transition: the zone states of the last pass (zone-a FullDisruption; zone-b dropped as it has
// no node) were already all FullDisruption, so nothing changes: a-1 keeps its taint and its pod is evicted at 415s.
export default {
  id: 'zones/deleting-other-zone-after-full-disruption-no-master',
  source: 'node_lifecycle_controller.go handleDisruption (allWasFullyDisrupted loop: a zone missing from zoneToNodeConditions is deleted and skipped with continue; if !allAreFullyDisrupted || !allWasFullyDisrupted is false: no change)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  duration: 15m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-a } }
    - { name: b, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-b } }
  faults:
  - { at: 60s, nodeDown: a-1 }
  - { at: 202s, deleteNode: b-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: a-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ reason: 'RemovingNode' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]), [['b-1', 205]], 'b-1 gone at the 205s pass');
    const unknownAt = h.sec(h.events({ reason: 'NodeNotReady', name: 'a-1' })[0].firstTimestamp);
    const ne = h.get('Node', 'a-1').spec.taints.find((t) => t.effect === 'NoExecute');
    h.eq(h.sec(ne.timeAdded), unknownAt + 5, 'a-1 keeps the NoExecute taint of the pass after Unknown');
    const p = h.podsOf('j')[0];
    h.eq(h.events({ reason: 'TaintManagerEviction' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[unknownAt + 305, `Marking for deletion Pod default/${p.metadata.name}`]], 'evicted, nothing cancelled');
  },
};
