// An extended resource a node does not offer at all: its allocatable is 0, so a request of 1 is above it
// (Unresolvable since 1.34); the GPU node whose only GPU is held by a pod of equal priority stays a
// preemption candidate without victims.
export default {
  id: 'schedmsg/fit-gpu-pool-without-gpu',
  source: 'noderesources/fit.go fitsRequest (scalar resources: Unresolvable: rQuant > nodeInfo.GetAllocatable().GetScalarResources()[rName]); Filter (UnschedulableAndUnresolvable); preemption.go Preempt/findCandidates; kubernetes#131345',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: cpu, count: 1, capacity: { cpu: "8", memory: 16Gi, pods: 110 } }
    - { name: gpu, count: 1, capacity: { cpu: "8", memory: 16Gi, pods: 110, nvidia.com/gpu: 1 } }
  timeline:
  - { at: 10s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: train }, spec: { template: { spec: { restartPolicy: Never, containers: [{ name: c, image: cuda, resources: { limits: { nvidia.com/gpu: 1 } } }] } } } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: holder }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: cuda, resources: { limits: { nvidia.com/gpu: 1 } } }]
`,
  check(r, h) {
    // 1.34+ also runs DynamicResources' PostFilter ("no new claims to deallocate"): see dra-postfilter-no-victims; left out here
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    h.eq(h.podsOf('holder')[0].spec.nodeName, 'gpu-1', 'holder on the GPU node');
    const p = h.podsOf('train')[0];
    const msg = '0/2 nodes are available: 2 Insufficient nvidia.com/gpu. preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.';
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]), [[10, msg]], 'FailedScheduling');
    h.eq(N(h.anyCond(p, 'PodScheduled')?.message), msg, 'PodScheduled message');
  },
};
