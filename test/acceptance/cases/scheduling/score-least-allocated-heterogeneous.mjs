// LeastAllocated: per resource (allocatable - requested)*100/allocatable, averaged with weights
// cpu 1 memory 1: the larger node scores higher for the same pod.
export default {
  id: 'scheduling/score-least-allocated-heterogeneous',
  source: 'noderesources/least_allocated.go leastResourceScorer / leastRequestedScore; default NodeResourcesFit scoringStrategy LeastAllocated (cpu 1, memory 1); least_allocated_test.go',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools:
    - { name: small, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
    - { name: big, count: 1, capacity: { cpu: "8", memory: 32Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completions: 3
  parallelism: 3
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 4Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    // big: (87+87)/2=87, then 75; small: (50+50)/2=50. All three pods fit on big (3 cpu, 12Gi) and it keeps winning.
    h.eq(h.podsOf('j').map((p) => p.spec.nodeName), ['big-1', 'big-1', 'big-1'], 'all on big-1');
  },
};
