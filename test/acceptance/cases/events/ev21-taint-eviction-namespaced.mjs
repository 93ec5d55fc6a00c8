// Taint-based eviction of a pod in namespace "batch": Normal TaintManagerEviction "Marking for deletion Pod
// batch/<pod>" from taint-eviction-controller at +6m55s (NotReady +1m50s, NoExecute at the next pass
// +1m55s, + 300s); preceded by the pod's Warning NodeNotReady "Node is not ready" (node-controller); the
// pod's Killing comes from its kubelet only when the node is back (+8m).
export default {
  id: 'events/ev21-taint-eviction-namespaced',
  source: 'tainteviction/taint_eviction.go deletePodHandler (Eventf(ref, Normal, "TaintManagerEviction", "Marking for deletion Pod %s", NamespacedName)); controller/util/node MarkPodsNotReady (Warning "NodeNotReady" "Node is not ready"); kubelet killContainer on return',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nd}
spec:
  duration: 12m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1, for: 7m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j, namespace: batch }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    const p = pods[0];
    const ev = r.events.filter((e) => e.involvedObject.name === p.metadata.name && h.sec(e.firstTimestamp) > 0).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message, e.source.component, e.metadata.namespace]);
    h.eq(ev, [
      [110, 'Warning', 'NodeNotReady', 'Node is not ready', 'node-controller', 'batch'],
      [415, 'Normal', 'TaintManagerEviction', `Marking for deletion Pod batch/${p.metadata.name}`, 'taint-eviction-controller', 'batch'],
      [480, 'Normal', 'Killing', 'Stopping container c', 'kubelet', 'batch'],
    ], 'evicted pod events');
  },
};
