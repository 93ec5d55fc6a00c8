// NodeResourcesBalancedAllocation (weight 1) is added to LeastAllocated (weight 1): here
// LeastAllocated prefers the 16Gi node (92 vs 87) but the balanced score (94 vs 100) makes the
// 2Gi node win, 186 vs 187.
export default {
  id: 'scheduling/score-balanced-decides',
  source: 'noderesources/balanced_allocation.go balancedResourceScorer (std = |f_cpu - f_mem|/2, int64((1-std)*100)); least_allocated.go; apis/config/v1 default plugin weights (NodeResourcesFit 1, NodeResourcesBalancedAllocation 1)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools:
    - { name: roomy, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 } }
    - { name: tight, count: 1, capacity: { cpu: "4", memory: 2Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m, memory: 256Mi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j')[0].spec.nodeName, 'tight-1', 'balanced allocation decides');
  },
};
