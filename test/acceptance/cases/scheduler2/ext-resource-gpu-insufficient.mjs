// An extended resource request (nvidia.com/gpu) that no node offers: NodeResourcesFit's fitsRequest
// checks every scalar resource against the node's allocatable (0 here: the simulated nodes only have
// cpu, memory and pods), so the pod stays Pending with "Insufficient nvidia.com/gpu"; a request above the allocatable is
// Unresolvable (1.34+), so preemption is not helpful on either node.
export default {
  id: 'scheduler2/ext-resource-gpu-insufficient',
  source: 'pkg/scheduler/framework/plugins/noderesources/fit.go fitsRequest (for rName, rQuant := range podRequest.ScalarResources: rQuant > allocatable-requested -> "Insufficient %v"); types.go FitError.Error; fitsRequest Unresolvable (rQuant > allocatable) and preemption.go Preempt ("Preemption is not helpful for scheduling"), kubernetes#131345',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: gpu }
spec:
  template:
    spec:
      containers:
      - name: c
        image: busybox:1.36
        resources: { requests: { nvidia.com/gpu: 1 }, limits: { nvidia.com/gpu: 1 } }
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('gpu')[0];
    h.eq(p.spec.nodeName, undefined, 'not bound: no node has nvidia.com/gpu');
    const fs = h.events({ reason: 'FailedScheduling', name: p.metadata.name });
    h.eq(fs.map((e) => [h.sec(e.firstTimestamp), e.message]), [[0, '0/2 nodes are available: 2 Insufficient nvidia.com/gpu. no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.']], 'FailedScheduling');
    h.eq(h.events({ reason: 'Scheduled' }).length, 0, 'no Scheduled');
  },
};
