// Two outages of 3 minutes: each gives one NodeNotReady node event (node-controller), one NodeNotReady
// pod event, one NodeReady (kubelet) and, the node being back before the 300s, one Cancelling deletion.
export default {
  id: 'nodelife/two-outages-events',
  source: 'node_lifecycle_controller.go RecordNodeStatusChange "NodeNotReady" (once per transition), MarkPodsNotReady; taint_eviction.go handleNodeUpdate (taints removed -> cancelWorkWithEvent); node_lifecycle_controller_test.go TestNodeEventGeneration',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 20m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1, for: 3m }
  - { at: 8m, nodeDown: w-1, for: 3m }
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
    const p = h.podsOf('j')[0];
    const seq = r.events.filter((e) => ['NodeNotReady', 'NodeReady', 'TaintManagerEviction'].includes(e.reason))
      .map((e) => `${e.reason}/${e.involvedObject.kind}/${e.source.component}`);
    const one = ['NodeNotReady/Node/node-controller', 'NodeNotReady/Pod/node-controller', 'NodeReady/Node/kubelet', 'TaintManagerEviction/Pod/taint-eviction-controller'];
    h.eq(seq, [...one, ...one], 'event sequence');
    const ready = h.events({ reason: 'NodeReady' }).map((e) => h.sec(e.firstTimestamp));
    h.eq(ready, [240, 660], 'NodeReady at each return');
    h.eq(p.metadata.deletionTimestamp, undefined, 'never evicted');
    h.eq(h.podsOf('j').length, 1, 'no replacement');
  },
};
