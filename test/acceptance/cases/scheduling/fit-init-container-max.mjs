// The pod request is max(sum of app containers, largest init container) per resource, not their sum.
export default {
  id: 'scheduling/fit-init-container-max',
  source: 'component-helpers resource.PodRequests / AggregateContainerRequests (maxResourceList of init containers); noderesources/fit.go computePodResourceRequest',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
  timeline:
  - at: 10s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: toobig }
      spec:
        template:
          spec:
            initContainers: [{ name: i, image: busybox:1.36, resources: { requests: { cpu: 1600m } } }]
            containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 100m } } }]
            restartPolicy: Never
  - at: 20s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: fits }
      spec:
        template:
          metadata: { annotations: { jobsim/duration: "1h" } }
          spec:
            initContainers: [{ name: i, image: busybox:1.36, resources: { requests: { cpu: 1400m } } }]
            containers:
            - { name: a, image: busybox:1.36, resources: { requests: { cpu: 600m } } }
            - { name: b, image: busybox:1.36, resources: { requests: { cpu: 600m } } }
            restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: base }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const tb = h.podsOf('toobig')[0];
    h.eq(tb.spec.nodeName, undefined, 'init 1600m > 1500m free: not bound');
    h.eq(h.events({ reason: 'FailedScheduling', name: tb.metadata.name })[0].message, '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.', 'message');
    const f = h.podsOf('fits')[0];
    h.eq(f.spec.nodeName, 'w-1', 'max(1200m, 1400m) = 1400m fits in 1500m');
    h.eq(h.sec(h.events({ reason: 'Scheduled', name: f.metadata.name })[0].firstTimestamp), 20, 'Scheduled at +20s');
  },
};
