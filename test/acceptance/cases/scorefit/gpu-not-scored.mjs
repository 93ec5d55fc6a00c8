// The default scoring weighs cpu and memory only, not extended resources: a 1-gpu pod goes to g-1, which has a
// single gpu left but less cpu and memory requested (75 + 100 = 175), rather than to g-2 with all four gpus free
// and 2 cpu / 8Gi used (62 + 100 = 162).
export default {
  id: 'scorefit/gpu-not-scored',
  source: 'apis/config/v1/defaults.go (NodeResourcesFitArgs ScoringStrategy LeastAllocated, resources cpu:1 memory:1; NodeResourcesBalancedAllocationArgs resources cpu:1 memory:1); noderesources/least_allocated.go; balanced_allocation.go',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: g, count: 2, capacity: { cpu: "8", memory: 32Gi, pods: 110, nvidia.com/gpu: 4 } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: train, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: gpus }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: g-1 }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 4Gi }, limits: { nvidia.com/gpu: 3 } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: cpus }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: g-2 }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2", memory: 8Gi } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: train }
spec:
  suspend: true
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 4Gi }, limits: { nvidia.com/gpu: 1 } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('gpus')[0].spec.nodeName, 'g-1', 'gpus pod');
    h.eq(h.podsOf('cpus')[0].spec.nodeName, 'g-2', 'cpus pod');
    h.eq(h.podsOf('train')[0].spec.nodeName, 'g-1', 'train pod');
  },
};
