// A zone's state is computed from the nodes that exist at each pass. Zone zone-a has w-1 Unknown (tainted
// NoExecute at 115s, its pod's eviction planned for 415s) and w-2 Ready: Normal. w-2 is deleted at 202s; the
// 205s pass sees only w-1: the only zone is now FullDisruption after being Normal, so the controller enters
// master disruption mode: w-1's NoExecute taint is removed, the planned eviction cancelled at 205s, and the
// pod is never evicted.
export default {
  id: 'zones/deleting-last-ready-node-enters-master-mode',
  source: 'node_lifecycle_controller.go monitorNodeHealth (nodes listed anew each pass; classifyNodes "RemovingNode"), handleDisruption (allAreFullyDisrupted && !allWasFullyDisrupted -> markNodeAsReachable for every node, SwapLimiter(0)); taint_eviction.go cancelWorkWithEvent',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: z }
spec:
  duration: 15m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zone-a } }
  faults:
  - { at: 60s, nodeDown: w-1 }
  - { at: 202s, deleteNode: w-2 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Node' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]), [['w-1', 110]], 'w-1 Unknown');
    h.eq(h.events({ reason: 'RemovingNode' }).map((e) => [e.involvedObject.name, h.sec(e.firstTimestamp)]), [['w-2', 205]], 'w-2 gone at the 205s pass');
    const p = h.podsOf('j')[0];
    h.eq(h.events({ reason: 'TaintManagerEviction' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[205, `Cancelling deletion of Pod default/${p.metadata.name}`]], 'eviction cancelled at 205s, never evicted');
    h.eq((h.get('Node', 'w-1').spec.taints ?? []).map((t) => `${t.key}:${t.effect}`), ['node.kubernetes.io/unreachable:NoSchedule'], 'w-1 NoExecute taint removed');
    h.eq([p.metadata.deletionTimestamp, h.podsOf('j').length], [undefined, 1], 'pod kept');
  },
};
