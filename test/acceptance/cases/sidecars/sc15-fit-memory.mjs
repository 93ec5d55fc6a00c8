// Memory is summed the same way: main 3Gi + sidecar 1536Mi = 4.5Gi does not fit a 4Gi node
// ("Insufficient memory").
export default {
  id: 'sidecars/fit-memory',
  source: 'staging/src/k8s.io/component-helpers/resource/helpers.go AggregateContainerRequests (per resource); noderesources/fit.go (Insufficient memory)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools: [{ name: w, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      initContainers: [{ name: proxy, image: envoy:1.30, restartPolicy: Always, resources: { requests: { memory: 1536Mi } } }]
      containers: [{ name: main, image: busybox:1.36, resources: { requests: { memory: 3Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.spec.nodeName, undefined, 'not bound');
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name })[0]?.message,
      '0/1 nodes are available: 1 Insufficient memory. no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.', 'message');
  },
};
