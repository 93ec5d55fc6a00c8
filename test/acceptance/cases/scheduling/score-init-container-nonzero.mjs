// The scoring request (non-zero requests) is the pod request with init containers included:
// max(sum of app containers, largest init container). Pod: app 100m/128Mi, init 1/1Gi.
// big (4 cpu, 8Gi): least (75+87)/2=81 + balanced 93 = 174; small (2 cpu, 2Gi): 50 + 100 = 150.
// Counting only the app containers for LeastAllocated would give 97+93=190 vs 94+100=194 (small).
export default {
  id: 'scheduling/score-init-container-nonzero',
  source: 'noderesources/resource_allocation.go calculatePodResourceRequest (resourcehelper.PodRequests with NonMissingContainerRequests: init containers included, "max(sum(podSpec.Containers), podSpec.InitContainers)"); framework/types.go calculateResource (non0Requests)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools:
    - { name: big, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
    - { name: small, count: 1, capacity: { cpu: "2", memory: 2Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      initContainers: [{ name: setup, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 1Gi } } }]
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 100m, memory: 128Mi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j')[0].spec.nodeName, 'big-1', 'scored with the init container request');
  },
};
