// A sidecar's extended resources add to the regular containers' like cpu does: 1 gpu + 1 gpu
// sidecar does not fit a node of 1 gpu.
export default {
  id: 'sched3/ext-sidecar-gpu-summed',
  source: 'component-helpers resource/helpers.go AggregateContainerRequests (addResourceList for restartable init containers, every resource); noderesources/fit.go fitsRequest (ScalarResources: "Insufficient %v")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: g, count: 1, capacity: { cpu: "8", memory: 16Gi, pods: 110, nvidia.com/gpu: 1 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      initContainers: [{ name: s, image: busybox:1.36, restartPolicy: Always, resources: { limits: { nvidia.com/gpu: 1 } } }]
      containers: [{ name: c, image: busybox:1.36, resources: { limits: { nvidia.com/gpu: 1 } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.spec.nodeName, undefined, 'never bound');
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => e.message), ['0/1 nodes are available: 1 Insufficient nvidia.com/gpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.'], 'message');
  },
};
