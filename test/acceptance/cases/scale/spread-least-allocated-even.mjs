// LeastAllocated spreads equal pods evenly: 180 pods of 1 CPU / 4Gi on three 64-CPU / 256Gi nodes, 60 per node
// (one more pod lowers a node's score by 1.56 points, so the emptiest node always wins).
export default {
  id: 'scale/spread-least-allocated-even',
  source: 'noderesources/least_allocated.go leastResourceScorer ((capacity-requested)*100/capacity per resource, weighted mean); balanced_allocation.go',
  args: ['--duration', '10s'],
  timeoutMs: 120000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools:
    - { name: w, count: 3, capacity: { cpu: "64", memory: 256Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: even }
spec:
  completions: 180
  parallelism: 180
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1", memory: 4Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const per = {};
    for (const p of h.podsOf('even')) per[p.spec.nodeName] = (per[p.spec.nodeName] ?? 0) + 1;
    h.eq(Object.entries(per).sort(), [['w-1', 60], ['w-2', 60], ['w-3', 60]], 'pods per node');
  },
};
