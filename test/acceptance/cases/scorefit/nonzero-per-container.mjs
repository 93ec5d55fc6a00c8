// The non-zero defaults are applied per container: main (memory 1Gi, no cpu) and helper (no requests) are
// scored as 200m cpu and 1Gi+200Mi. a (2 cpu, 6Gi): least (90+80)/2=85 + balanced 91 = 176; b (500m, 16Gi):
// (60+92)/2=76 + 96 = 172. Defaulting once per pod (100m, 1Gi) would give a 180 and b 182.
export default {
  id: 'scorefit/nonzero-per-container',
  source: 'component-helpers resource/helpers.go PodRequests (NonMissingContainerRequests applied to each container by applyNonMissing); noderesources/resource_allocation.go calculatePodResourceRequest; least_allocated.go; balanced_allocation.go (real requests: cpu 0, memory 1Gi)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "2", memory: 6Gi, pods: 110 } }
    - { name: b, count: 1, capacity: { cpu: 500m, memory: 16Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      containers:
      - { name: main, image: busybox:1.36, resources: { requests: { memory: 1Gi } } }
      - { name: helper, image: busybox:1.36 }
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j')[0].spec.nodeName, 'a-1', 'node of the pod');
  },
};
