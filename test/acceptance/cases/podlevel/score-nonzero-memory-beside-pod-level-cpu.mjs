// Scoring a pod whose only request is pod-level cpu 1: its container has no memory request, so LeastAllocated scores
// it with the non-zero default 200Mi (BalancedAllocation uses the actual requests, memory 0). a (4 cpu, 256Mi): least
// (75+21)/2 = 48, balanced 87 -> 135; b (2 cpu, 64Gi): least (50+99)/2 = 74, balanced 75 -> 149: b. Were memory
// scored as 0 by LeastAllocated too, a would win (174 against 150).
export default {
  id: 'podlevel/score-nonzero-memory-beside-pod-level-cpu',
  source: 'noderesources/resource_allocation.go calculatePodResourceRequest (PodRequests with NonMissingContainerRequests {cpu: DefaultMilliCPURequest, memory: DefaultMemoryRequest} when !useRequested, SkipPodLevelResources: !enablePodLevelResources: pod-level cpu replaces the sum, memory keeps the default); least_allocated.go; balanced_allocation.go (useRequested: true)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 1m
  cluster:
    nodePools:
    - {name: a, count: 1, capacity: {cpu: "4", memory: 256Mi, pods: 110}}
    - {name: b, count: 1, capacity: {cpu: "2", memory: 64Gi, pods: 110}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      resources: {requests: {cpu: "1"}}
      containers: [{name: main, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j')[0].spec.nodeName, 'b-1', 'node of the pod');
  },
};
