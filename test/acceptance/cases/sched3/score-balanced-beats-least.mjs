// LeastAllocated prefers the 8-cpu node (cpu 75, memory 50: 62 against 50, 50: 50) but
// BalancedAllocation prefers the 4-cpu node (cpu and memory both half used: 100, against
// |0.25-0.5|/2 = 0.125: 87): 150 > 149, the 4-cpu node wins by one point.
export default {
  id: 'sched3/score-balanced-beats-least',
  source: 'noderesources/least_allocated_test.go / balanced_allocation_test.go (score arithmetic: (cap-req)*100/cap, int64((1-std)*100)); apis/config/v1 default_plugins.go (weights 1 and 1)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
    - { name: b, count: 1, capacity: { cpu: "8", memory: 4Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2", memory: 2Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j')[0].spec.nodeName, 'a-1', 'balanced node wins');
  },
};
