// LeastAllocated counts what is already on each node: with 3 cpu requested on a-1, 1 on b-1 and
// nothing on c-1 (all 4 cpu / 8Gi), a 1-cpu pod goes to c-1, the next to b-1... until all are even.
export default {
  id: 'scheduler2/score-existing-load',
  source: 'noderesources/least_allocated.go leastResourceScorer ((allocatable - requested)*100/allocatable with the node\'s requested); balanced_allocation.go',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
    - { name: c, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
  timeline:
  - at: 10s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: new }
      spec:
        template:
          metadata: { annotations: { jobsim/duration: "1h" } }
          spec:
            containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 1Gi } } }]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: ona }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: a-1 }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "3", memory: 1Gi } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: onb }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: b-1 }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 1Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('new')[0].spec.nodeName, 'c-1', 'the empty node');
  },
};
