// An init container asking more memory than any node has: "Insufficient memory" on every node, even
// though the app container is small.
export default {
  id: 'scheduler2/init-container-memory-insufficient',
  source: 'component-helpers/resource/helpers.go PodRequests (init max); noderesources/fit.go fitsRequest ("Insufficient memory"); types.go FitError.Error',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 2Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      initContainers: [{ name: i, image: busybox:1.36, resources: { requests: { memory: 3Gi } } }]
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { memory: 64Mi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.spec.nodeName, undefined, 'not bound');
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => e.message), ['0/2 nodes are available: 2 Insufficient memory. no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.'], 'message');
  },
};
