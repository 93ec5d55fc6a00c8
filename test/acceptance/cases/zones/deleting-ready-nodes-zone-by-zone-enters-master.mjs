// The counterpart of deleting-other-zone-after-full-disruption-no-master, in the other order: zone-a has a-1
// Unknown (tainted at 110s, its pod's eviction planned for 410s) and a-2 Ready; zone-b has b-1 Ready. b-1 is
// deleted at 202s (zone-b dropped; zone-a Normal: nothing changes), then a-2 at 252s: the 255s pass finds the
// only zone FullDisruption after it was Normal and enters master disruption mode: a-1's NoExecute taint is
// removed and the eviction cancelled at 255s.
export default {
  id: 'zones/deleting-ready-nodes-zone-by-zone-enters-master',
  source: 'node_lifecycle_controller.go handleDisruption (zones without nodes deleted from zoneStates; allAreFullyDisrupted && !allWasFullyDisrupted -> "Entering master disruption mode": markNodeAsReachable for every node); taint_eviction.go cancelWorkWithEvent',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  duration: 15m
  cluster:
    nodePools:
    - { name: a, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-a } }
    - { name: b, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-b } }
  faults:
  - { at: 60s, nodeDown: a-1 }
  - { at: 202s, deleteNode: b-1 }
  - { at: 252s, deleteNode: a-2 }
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
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Node' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]), [['a-1', 105]], 'a-1 Unknown');
    h.eq(h.events({ reason: 'RemovingNode' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]), [['b-1', 205], ['a-2', 255]], 'deletions seen');
    const p = h.podsOf('j')[0];
    h.eq(h.events({ reason: 'TaintManagerEviction' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[255, `Cancelling deletion of Pod default/${p.metadata.name}`]], 'eviction cancelled at 255s, never evicted');
    h.eq((h.get('Node', 'a-1').spec.taints ?? []).map((t) => `${t.key}:${t.effect}`), ['node.kubernetes.io/unreachable:NoSchedule'], 'a-1 NoExecute taint removed');
  },
};
