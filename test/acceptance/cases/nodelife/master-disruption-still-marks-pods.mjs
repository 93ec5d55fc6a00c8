// Master disruption mode stops taints and evictions, not the status work: both nodes are set Unknown
// with their NodeNotReady events and their pods are marked not ready; NoSchedule taints stay.
export default {
  id: 'nodelife/master-disruption-still-marks-pods',
  source: 'node_lifecycle_controller.go monitorNodeHealth (tryUpdateNodeHealth, RecordNodeStatusChange, MarkPodsNotReady before handleDisruption); doNoScheduleTaintingPass; handleDisruption markNodeAsReachable (NoExecute only)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 12m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
  - { at: 1m, nodeDown: w-2 }
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
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Node' }).map((e) => e.involvedObject.name).sort(), ['w-1', 'w-2'], 'node events');
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Pod' }).length, 2, 'pod events');
    for (const p of h.podsOf('j')) h.eq(h.anyCond(p, 'Ready').status, 'False', `${p.metadata.name} not ready`);
    for (const n of ['w-1', 'w-2']) h.eq((h.get('Node', n).spec.taints ?? []).map((t) => `${t.key}:${t.effect}`), ['node.kubernetes.io/unreachable:NoSchedule'], `${n} taints`);
    h.eq(h.events({ reason: 'TaintManagerEviction' }).length, 0, 'no eviction');
  },
};
