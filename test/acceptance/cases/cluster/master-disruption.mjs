// Every node not Ready: "master disruption mode": NoExecute taints removed / never kept and no
// pod is evicted, however long it lasts.
export default {
  id: 'cluster/master-disruption',
  source: 'node_lifecycle_controller.go handleDisruption (allAreFullyDisrupted: markNodeAsReachable for every node, stop evictions); cronjob-and-friends.md §5.1 zone states',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 30m
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
    for (const n of ['w-1', 'w-2']) {
      const node = h.get('Node', n);
      h.eq(node.status.conditions.find((c) => c.type === 'Ready').status, 'Unknown', `${n} Ready`);
      h.assert(!(node.spec.taints ?? []).some((t) => t.effect === 'NoExecute'), `${n} has no NoExecute taint`);
    }
    h.eq(h.events({ reason: 'TaintManagerEviction' }).filter((e) => e.message.startsWith('Marking')).length, 0, 'no eviction');
    for (const p of h.podsOf('j')) h.eq(p.metadata.deletionTimestamp, undefined, `${p.metadata.name} not deleted`);
    h.eq(h.job('j').status.failed ?? 0, 0, 'job failed');
  },
};
