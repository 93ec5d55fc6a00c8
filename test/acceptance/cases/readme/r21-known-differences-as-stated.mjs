// README Known differences, checked as stated: map keys keep the order they were written in; container
// statuses carry no containerID/imageID; resourceVersion is one global counter (distinct across kinds);
// no managedFields; a single-node cluster whose node goes down is in full disruption, which stops
// evictions: the pod is not evicted after the 300s toleration and completes once the node is back;
// NodeNotReady of the pod ("Node is not ready", Warning) and NodeReady from the kubelet.
export default {
  id: 'readme/known-differences-as-stated',
  source: 'README Known differences (API server; Node lifecycle: master disruption mode stops evictions); node_lifecycle_controller.go handleDisruption (allAreFullyDisrupted), MarkPodsNotReady (NodeNotReady "Node is not ready")',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: kd }
spec:
  duration: 2h
  cluster: { nodePools: [{ name: w, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }] }
  faults:
    - { at: 10m, nodeDown: w-1, for: 20m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: low, labels: { zeta: "1", alpha: "2" }, annotations: { zz: "1", aa: "2" } }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('low');
    h.eq(Object.keys(j.metadata.labels), ['zeta', 'alpha'], 'label order as written');
    h.eq(Object.keys(j.metadata.annotations), ['zz', 'aa'], 'annotation order as written');
    h.eq(j.metadata.managedFields, undefined, 'no managedFields');
    const rvs = r.items.map((o) => o.metadata.resourceVersion);
    h.assert(rvs.every((v) => /^[1-9][0-9]*$/.test(v)), 'numeric resourceVersions');
    h.eq(new Set(rvs).size, rvs.length, 'one global counter: all distinct');
    const pod = h.podsOf('low')[0];
    const cs = pod.status.containerStatuses[0];
    h.eq([cs.containerID, cs.imageID], [undefined, undefined], 'no containerID/imageID');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).length, 0, 'no eviction in full disruption');
    h.eq(pod.metadata.deletionTimestamp, undefined, 'pod not deleted');
    h.hasCond(j, 'Complete');
    const nnr = h.events({ reason: 'NodeNotReady', kind: 'Pod' });
    h.eq(nnr.map((e) => [e.type, e.message, e.source.component]), [['Warning', 'Node is not ready', 'node-controller']], 'pod NodeNotReady event');
    h.eq(h.events({ reason: 'NodeReady' }).map((e) => [h.sec(e.firstTimestamp), e.source.component]), [[1800, 'kubelet']], 'NodeReady posted at once by the kubelet');
  },
};
