// Three 1-gpu pods on a cluster where only one node offers 2 gpus: two land there, the third waits
// ("Insufficient nvidia.com/gpu" on both nodes: the cpu node offers none) until one finishes.
export default {
  id: 'sched3/ext-gpu-pool-fills',
  source: 'noderesources/fit_test.go TestEnoughRequests ("extended resource allocatable enforced"); fit.go fitsRequest (allocatable of a resource the node lacks is 0); README metrics pools.NAME.extended',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: cpu, count: 1, capacity: { cpu: "8", memory: 16Gi, pods: 110 } }
    - { name: gpu, count: 1, capacity: { cpu: "8", memory: 16Gi, pods: 110, nvidia.com/gpu: 2 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  parallelism: 3
  completions: 3
  template:
    metadata: { annotations: { jobsim/duration: "40s" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { limits: { nvidia.com/gpu: 1 } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.map((p) => p.spec.nodeName), ['gpu-1', 'gpu-1', 'gpu-1'], 'all on the gpu node');
    h.eq(h.events({ reason: 'Scheduled' }).map((e) => h.sec(e.firstTimestamp)), [0, 0, 40], 'third bound at +40s');
    h.eq(h.events({ reason: 'FailedScheduling' }).map((e) => e.message), ['0/2 nodes are available: 2 Insufficient nvidia.com/gpu. no new claims to deallocate, preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.'], 'message');
    h.eq(r.metrics.pools.gpu.extended['nvidia.com/gpu'].capacity, 2, 'gpu capacity');
    h.eq(r.metrics.pools.gpu.extended['nvidia.com/gpu'].requestedPeak, 2, 'gpu peak');
  },
};
