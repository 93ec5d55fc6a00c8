// An explicit `cpu: "0"` request is not replaced by the 100m non-zero default (only a missing request is):
// a (200m cpu, 8Gi) scores least (100+87)/2=93 + balanced 1-|0-0.125|/2 -> 93 = 186 against b (4 cpu, 4Gi)
// 87 + 87 = 174; with 100m counted, a would drop to 68+93 = 161 and b win with 173.
export default {
  id: 'scorefit/explicit-zero-cpu-not-defaulted',
  source: 'noderesources/resource_allocation.go calculatePodResourceRequest (NonMissingContainerRequests); component-helpers resource/helpers.go applyNonMissing (only keys not found in the container requests get the default); least_allocated.go leastResourceScorer; balanced_allocation.go balancedResourceScorer',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: 200m, memory: 8Gi, pods: 110 } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "0", memory: 1Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j')[0].spec.nodeName, 'a-1', 'node of the pod (cpu scored as 0)');
  },
};
