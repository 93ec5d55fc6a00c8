// Recovery of a fully disrupted zone, node by node: zone-a's a-1 and a-2 are tainted NoExecute (110s, 120s) and
// their pods' evictions planned. a-1 posts Ready at 198s: the 200s pass observes it Ready and marks it reachable
// (NoExecute taint removed), the taint manager cancels that pod's deletion at 200s; a-2 at 253s -> 255s. Nothing
// is evicted and the Job counts no failure.
export default {
  id: 'zones/zone-recovers-node-by-node-cancels-evictions',
  source: 'node_lifecycle_controller.go processTaintBaseEviction (observed Ready True -> markNodeAsReachable: RemoveTaintOffNode unreachable/not-ready NoExecute, zoneNoExecuteTainter.Remove); taint_eviction.go handleNodeUpdate -> processPodOnNode (no NoExecute taint: cancelWorkWithEvent "Cancelling deletion of Pod")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  duration: 20m
  cluster:
    nodePools:
    - { name: a, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-a } }
    - { name: b, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-b } }
  faults:
  - { at: 60s, nodeDown: a-1, for: 138s }
  - { at: 60s, nodeDown: a-2, for: 193s }
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
    h.eq(h.events({ reason: 'NodeReady' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]), [['a-1', 198], ['a-2', 253]], 'returns');
    const on = (n) => h.podsOf('j').find((p) => p.spec.nodeName === n).metadata.name;
    h.eq(h.events({ reason: 'TaintManagerEviction' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [
      [200, `Cancelling deletion of Pod default/${on('a-1')}`],
      [255, `Cancelling deletion of Pod default/${on('a-2')}`],
    ], 'each cancelled at the pass after its node returns');
    for (const n of ['a-1', 'a-2']) h.eq((h.get('Node', n).spec.taints ?? []).filter((t) => t.effect === 'NoExecute'), [], `${n} NoExecute removed`);
    h.eq([h.podsOf('j').length, h.job('j').status.failed ?? 0], [2, 0], 'no eviction, no failure');
  },
};
