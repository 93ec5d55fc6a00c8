// An init container declared before the sidecar runs alone: the pod's request is
// max(500m + 1 sidecar, 1500m init) = 1500m; a 500m pod then fits beside it on a 2-cpu node
// (2000m requested) and a 600m one does not.
export default {
  id: 'sched3/fit-init-before-sidecar',
  source: 'noderesources/fit_test.go TestEnoughRequests (restartable init container rows); component-helpers resource/helpers.go AggregateContainerRequests (sidecars declared after an init container do not add to it); README metrics pools.cpuRequestedPeakMilli',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: a }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      initContainers:
      - { name: setup, image: busybox:1.36, resources: { requests: { cpu: 1500m } } }
      - { name: side, image: busybox:1.36, restartPolicy: Always, resources: { requests: { cpu: "1" } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: b }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: c }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 600m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('a')[0].spec.nodeName, 'w-1', 'a bound');
    h.eq(h.podsOf('b')[0].spec.nodeName, 'w-1', 'b bound');
    const c = h.podsOf('c')[0];
    h.eq(c.spec.nodeName, undefined, 'c pending');
    h.eq(h.events({ reason: 'FailedScheduling', name: c.metadata.name })[0]?.message, '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.', 'c message');
    h.eq(r.metrics.pools.w.cpuRequestedPeakMilli, 2000, 'peak cpu requested 2000m (1500m + 500m)');
  },
};
