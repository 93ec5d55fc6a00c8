// A pod asking memory only: LeastAllocated counts its cpu as the 100m non-zero default, while
// BalancedAllocation uses its real requests (cpu 0). On a 4-cpu/8Gi node: least (97+50)/2 = 73,
// balanced 1-|0-0.5|/2 = 75: 148; on an 8-cpu/8Gi node: (98+50)/2 = 74 + 75 = 149: the 8-cpu node.
export default {
  id: 'sched3/score-memory-only-pod',
  source: 'noderesources/resource_allocation.go calculatePodResourceRequest (NonMissingContainerRequests only when !useRequested); balanced_allocation.go (useRequested: true); least_allocated.go leastRequestedScore',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
    - { name: b, count: 1, capacity: { cpu: "8", memory: 8Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { memory: 4Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j')[0].spec.nodeName, 'b-1', '8-cpu node');
  },
};
