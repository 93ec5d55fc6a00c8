// Pod-level memory (spec.resources.requests.memory 6Gi, containers 1Gi) is what fitsRequest
// compares: a 4Gi node is short of memory, not of cpu.
export default {
  id: 'sched3/podlevel-memory-exceeds',
  source: 'noderesources/fit_test.go TestEnoughRequests (pod-level resources rows, "Insufficient memory"); component-helpers resource/helpers.go PodRequests (pod-level requests replace the aggregate per resource)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      resources: { requests: { memory: 6Gi } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m, memory: 1Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => e.message), ['0/1 nodes are available: 1 Insufficient memory. no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.'], 'message');
  },
};
