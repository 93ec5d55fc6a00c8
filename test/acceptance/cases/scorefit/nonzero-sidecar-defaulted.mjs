// A native sidecar without requests adds its own non-zero defaults (100m, 200Mi) to the scoring request:
// main (cpu 1) + proxy = 1100m / 400Mi. a (1500m, 4Gi): least (26+90)/2=58 + balanced 66 = 124; b (2 cpu,
// 768Mi): (45+47)/2=46 + 75 = 121. Without the sidecar's defaults (1000m, 200Mi) a has 130 and b 136.
export default {
  id: 'scorefit/nonzero-sidecar-defaulted',
  source: 'component-helpers resource/helpers.go PodRequests (restartable init containers added to the sum, each with NonMissingContainerRequests); noderesources/resource_allocation.go calculatePodResourceRequest; least_allocated.go; balanced_allocation.go',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: 1500m, memory: 4Gi, pods: 110 } }
    - { name: b, count: 1, capacity: { cpu: "2", memory: 768Mi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      initContainers:
      - { name: proxy, image: busybox:1.36, restartPolicy: Always }
      containers:
      - { name: main, image: busybox:1.36, resources: { requests: { cpu: "1" } } }
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j')[0].spec.nodeName, 'a-1', 'node of the pod');
  },
};
