// A restartable init container (sidecar) runs beside the regular containers, so its request is
// added to theirs: 1 cpu + 1500m sidecar = 2500m does not fit a 2-cpu node; without the sidecar's
// restartPolicy the same init container would only raise the request to 1500m and fit.
export default {
  id: 'sched3/fit-sidecar-added-to-containers',
  source: 'noderesources/fit_test.go TestEnoughRequests (restartable init container rows); component-helpers resource/helpers.go AggregateContainerRequests (restartable init containers added to the containers sum); fit.go fitsRequest "Insufficient cpu"',
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
metadata: { name: side }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "30s" } }
    spec:
      initContainers: [{ name: s, image: busybox:1.36, restartPolicy: Always, resources: { requests: { cpu: 1500m } } }]
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: plain }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "30s" } }
    spec:
      initContainers: [{ name: s, image: busybox:1.36, resources: { requests: { cpu: 1500m } } }]
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const side = h.podsOf('side')[0];
    const plain = h.podsOf('plain')[0];
    h.eq(side.spec.nodeName, undefined, 'sidecar pod never bound');
    h.eq(h.events({ reason: 'FailedScheduling', name: side.metadata.name }).map((e) => e.message), ['0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.'], 'sidecar pod message');
    h.eq(plain.spec.nodeName, 'w-1', 'plain init container pod bound');
    h.eq(h.events({ reason: 'Scheduled', name: plain.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [0], 'bound at +0s');
  },
};
