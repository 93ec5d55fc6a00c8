// 150 nodes: the scheduler scores a sample of numFeasibleNodesToFind(150) = 100 nodes; 100 pods of 1 CPU still land
// on 100 different nodes, since a sample of 100 always holds an empty node, which LeastAllocated scores highest.
export default {
  id: 'scale/spread-150-nodes-sample',
  source: 'schedule_one.go numFeasibleNodesToFind (minFeasibleNodesToFind 100, 50 - n/125 percent), findNodesThatPassFilters; noderesources/least_allocated.go',
  args: ['--duration', '10s'],
  timeoutMs: 120000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools:
    - { name: w, count: 150, capacity: { cpu: "8", memory: 32Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: spread }
spec:
  completions: 100
  parallelism: 100
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1", memory: 4Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const nodes = h.podsOf('spread').map((p) => p.spec.nodeName);
    h.eq([nodes.length, new Set(nodes).size], [100, 100], 'pods, distinct nodes');
    h.eq(r.metrics.pools.w.cpuRequestedPeakMilli, 100000, 'cpu requested peak');
  },
};
