// Pod-level requests (PodLevelResources, on in 1.34-1.35) replace the containers' sum in both scores: the pod
// counts as 2 cpu / 1Gi. a (4 cpu, 2Gi): least 50 + balanced 100 = 150; b (3 cpu, 4Gi): (33+75)/2=54 + 79
// = 133. Scored by its container (500m, 512Mi), a would have 174 and b 182.
export default {
  id: 'scorefit/podlevel-requests-scored',
  source: 'noderesources/resource_allocation.go calculatePodResourceRequest (SkipPodLevelResources: !enablePodLevelResources); component-helpers resource/helpers.go PodRequests (IsPodLevelRequestsSet: pod-level requests win); least_allocated.go; balanced_allocation.go',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "4", memory: 2Gi, pods: 110 } }
    - { name: b, count: 1, capacity: { cpu: "3", memory: 4Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      resources: { requests: { cpu: "2", memory: 1Gi } }
      containers:
      - { name: main, image: busybox:1.36, resources: { requests: { cpu: 500m, memory: 512Mi } } }
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j')[0].spec.nodeName, 'a-1', 'node of the pod');
  },
};
