// Node back (3 min outage) before the 300s: kubelet NodeReady event, taints removed, the pending
// eviction cancelled ("Cancelling deletion of Pod ns/name"), the pod runs to completion.
export default {
  id: 'cluster/node-back-cancels-eviction',
  source: 'taint_eviction.go cancelWorkWithEvent/emitCancelPodDeletionEvent; node_lifecycle_controller.go markNodeAsReachable; kubelet setters.go ReadyCondition (recordEventFunc NodeReady, "Node %s status is now: %s")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1, for: 3m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "10m" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const node = h.get('Node', 'w-1');
    const ready = node.status.conditions.find((c) => c.type === 'Ready');
    h.eq([ready.status, ready.reason], ['True', 'KubeletReady'], 'Ready again');
    h.eq(h.sec(ready.lastTransitionTime), 240, 'Ready=True at the return');
    h.assert(!(node.spec.taints ?? []).length, 'taints removed');
    const nr = h.events({ reason: 'NodeReady', kind: 'Node' });
    h.eq(nr.map((e) => [h.sec(e.firstTimestamp), e.message, e.source.component]), [[240, 'Node w-1 status is now: NodeReady', 'kubelet']], 'NodeReady event');
    const pod = h.podsOf('j')[0];
    const tm = h.events({ reason: 'TaintManagerEviction', name: pod.metadata.name });
    h.eq(tm.map((e) => e.message), [`Cancelling deletion of Pod default/${pod.metadata.name}`], 'cancel event only');
    h.assert(h.sec(tm[0].firstTimestamp) >= 240 && h.sec(tm[0].firstTimestamp) <= 245, 'cancelled within a monitor pass of the return');
    h.eq(pod.status.phase, 'Succeeded', 'pod completes');
    h.eq(pod.metadata.deletionTimestamp, undefined, 'pod not deleted');
    h.eq(h.podsOf('j').length, 1, 'no replacement');
    h.hasCond(h.job('j'), 'Complete');
    h.eq(h.job('j').status.failed ?? 0, 0, 'failed');
  },
};
