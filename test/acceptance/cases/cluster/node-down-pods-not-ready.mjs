// MarkPodsNotReady: the pod's Ready condition goes False (phase stays Running, ContainersReady
// untouched) with Warning NodeNotReady "Node is not ready" on the pod.
export default {
  id: 'cluster/node-down-pods-not-ready',
  source: 'pkg/controller/util/node/controller_utils.go MarkPodsNotReady (recorder.Event(pod, Warning, "NodeNotReady", "Node is not ready")); cronjob-and-friends.md §5.1',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 4m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
    - { name: x, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    const onW = pods.find((p) => p.spec.nodeName === 'w-1');
    const onX = pods.find((p) => p.spec.nodeName === 'x-1');
    h.assert(onW && onX, 'one pod per node');
    const nodeT = h.get('Node', 'w-1').status.conditions.find((c) => c.type === 'Ready').lastTransitionTime;
    h.eq(onW.status.phase, 'Running', 'phase stays Running');
    const ready = h.anyCond(onW, 'Ready');
    h.eq([ready.status, ready.lastTransitionTime], ['False', nodeT], 'pod Ready=False at the node transition');
    h.eq(h.anyCond(onW, 'ContainersReady').status, 'True', 'ContainersReady untouched');
    const ev = h.events({ reason: 'NodeNotReady', kind: 'Pod', name: onW.metadata.name });
    h.eq(ev.map((e) => [e.type, e.message, e.source.component, e.firstTimestamp]), [['Warning', 'Node is not ready', 'node-controller', nodeT]], 'pod NodeNotReady event');
    h.eq(h.anyCond(onX, 'Ready').status, 'True', 'pod on the healthy node still Ready');
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Pod', name: onX.metadata.name }).length, 0, 'no event for the healthy pod');
    h.eq(onW.metadata.deletionTimestamp, undefined, 'not deleted before 300s');
  },
};
