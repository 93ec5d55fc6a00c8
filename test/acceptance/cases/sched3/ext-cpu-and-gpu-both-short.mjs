// A node short of both cpu and an extended resource gives both reasons, counted once each; the
// histogram is sorted as strings ("1 Insufficient cpu" < "1 Insufficient nvidia.com/gpu").
export default {
  id: 'sched3/ext-cpu-and-gpu-both-short',
  source: 'noderesources/fit_test.go TestEnoughRequests ("extended resource capacity enforced" rows); fit.go fitsRequest (cpu, memory, then ScalarResources: "Insufficient %v"); framework/types.go FitError.Error (sort.Strings)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: g, count: 1, capacity: { cpu: "1", memory: 8Gi, pods: 110, nvidia.com/gpu: 1 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" }, limits: { nvidia.com/gpu: 2 } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => e.message), ['0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient nvidia.com/gpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.'], 'message');
  },
};
