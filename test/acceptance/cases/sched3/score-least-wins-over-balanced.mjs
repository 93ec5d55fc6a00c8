// With 1 cpu and 1Gi asked: node a (4 cpu, 4Gi): least 75, balanced 100 = 175; node b (16 cpu,
// 4Gi): least (93+75)/2 = 84, balanced 1-|0.0625-0.25|/2 = 0.906 -> 90 = 174. a wins by one point;
// with 2Gi of memory on b instead, ... (kept to one decision).
export default {
  id: 'sched3/score-least-wins-over-balanced',
  source: 'noderesources/least_allocated.go leastRequestedScore (integer division per resource, then the weighted sum / weight sum); balanced_allocation.go balancedResourceScorer',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
    - { name: b, count: 1, capacity: { cpu: "16", memory: 4Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 1Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j')[0].spec.nodeName, 'a-1', 'a by one point');
  },
};
