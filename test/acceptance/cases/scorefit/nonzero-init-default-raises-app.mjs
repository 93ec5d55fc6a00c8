// An init container without requests counts as 100m/200Mi for scoring, and the pod's scoring request is
// the larger of it and the app containers: cpu max(50m, 100m) = 100m. a (1 cpu, 2Gi): least (90+50)/2=70
// + balanced (0.05 vs 0.5) 77 = 147; b (500m, 2Gi): (80+50)/2=65 + 80 = 145. Scored with 50m, a has 149
// and b 150.
export default {
  id: 'scorefit/nonzero-init-default-raises-app',
  source: 'component-helpers resource/helpers.go PodRequests (init containers: applyNonMissing, then maxResourceList); noderesources/resource_allocation.go calculatePodResourceRequest; least_allocated.go; balanced_allocation.go (real requests 50m / 1Gi)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "1", memory: 2Gi, pods: 110 } }
    - { name: b, count: 1, capacity: { cpu: 500m, memory: 2Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      initContainers:
      - { name: setup, image: busybox:1.36 }
      containers:
      - { name: main, image: busybox:1.36, resources: { requests: { cpu: 50m, memory: 1Gi } } }
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j')[0].spec.nodeName, 'a-1', 'node of the pod');
  },
};
