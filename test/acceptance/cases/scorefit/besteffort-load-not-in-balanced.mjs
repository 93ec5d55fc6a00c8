// Ten best-effort pods on a-1 count in LeastAllocated with their non-zero defaults (1000m, 2000Mi) but not
// in BalancedAllocation, which reads the node's real requests (0). A 1 cpu / 1Gi pod: a-1 (8 cpu, 8Gi)
// least (75+63)/2=69 + balanced 100 (1/8 and 1/8) = 169; b-1 (3 cpu, 4Gi) 70 + 95 = 165. Counting the
// defaults in BalancedAllocation too would give a-1 69 + 94 = 163.
export default {
  id: 'scorefit/besteffort-load-not-in-balanced',
  source: 'noderesources/resource_allocation.go calculateResourceAllocatableRequest (useRequested: nodeInfo.Requested for BalancedAllocation, NonZeroRequested for LeastAllocated); balanced_allocation.go NewBalancedAllocation (useRequested: true); framework/types.go NodeInfo.update (NonZeroRequested with the 100m/200Mi defaults)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "8", memory: 8Gi, pods: 110 } }
    - { name: b, count: 1, capacity: { cpu: "3", memory: 4Gi, pods: 110 } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: j, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: be }
spec:
  completions: 10
  parallelism: 10
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
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 1Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const be = h.podsOf('be');
    h.eq(be.map((p) => p.spec.nodeName).filter((n) => n === 'a-1').length, 10, 'best-effort pods on a-1');
    const p = h.podsOf('j')[0];
    h.eq(h.sec(p.metadata.creationTimestamp), 5, 'pod created at 5s');
    h.eq(p.spec.nodeName, 'a-1', 'node of the pod');
  },
};
