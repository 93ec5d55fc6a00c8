// MarkPodsNotReady records the pod's Warning NodeNotReady only when it flips the pod's Ready condition:
// a pod that already Succeeded (Ready False) on the node gets no event; the running pod on the same node
// gets exactly one, in the same instant as the Node's NodeNotReady, after it.
export default {
  id: 'eventfields/ef27-no-nodenotready-finished-pod',
  source: 'pkg/controller/util/node/controller_utils.go MarkPodsNotReady (if !utilpod.UpdatePodCondition(...) break: no update, no event)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nd}
spec:
  duration: 4m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: done }
spec:
  template:
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: run }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const running = h.podsOf('run')[0];
    const nn = h.events({ reason: 'NodeNotReady' });
    h.eq(nn.map((e) => [e.involvedObject.kind, e.involvedObject.name, e.type]), [['Node', 'w-1', 'Normal'], ['Pod', running.metadata.name, 'Warning']], 'NodeNotReady events');
    h.eq(nn[0].firstTimestamp, nn[1].firstTimestamp, 'same instant');
    h.eq(r.events.indexOf(nn[1]), r.events.indexOf(nn[0]) + 1, 'pod event right after the node event');
  },
};
