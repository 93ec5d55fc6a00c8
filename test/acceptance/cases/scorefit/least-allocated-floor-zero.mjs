// LeastAllocated scores a resource 0, never below, when the non-zero requests exceed the node's capacity:
// twelve best-effort pods on a-1 (1 cpu, 64Gi) count 1200m; a best-effort pod (100m/200Mi, BalancedAllocation
// skipped) scores a-1 (0 + 96)/2 = 48 and b-1 (180m, 360Mi) (44 + 44)/2 = 44. A negative cpu score (-30)
// would give a-1 33.
export default {
  id: 'scorefit/least-allocated-floor-zero',
  source: 'noderesources/least_allocated.go leastRequestedScore (requested > capacity: 0; "requested might be greater than capacity because pods with no requests get minimum values"); balanced_allocation.go PreScore (Skip for best-effort pods)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "1", memory: 64Gi, pods: 110 } }
    - { name: b, count: 1, capacity: { cpu: 180m, memory: 360Mi, pods: 110 } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: j, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: be }
spec:
  completions: 12
  parallelism: 12
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: a-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  suspend: true
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('be').filter((p) => p.spec.nodeName === 'a-1').length, 12, 'best-effort pods on a-1');
    h.eq(h.podsOf('j')[0].spec.nodeName, 'a-1', 'node of the pod');
  },
};
