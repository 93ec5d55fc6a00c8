// A sidecar's request is added to the regular containers' (it runs beside them), where a plain init
// container's only competes in the max: on a 2-cpu node, main 1500m + sidecar 600m = 2100m does not
// fit (FailedScheduling "Insufficient cpu"), while the same pod with a plain 600m init container
// (max(1500m, 600m) = 1500m) is bound at once.
const MSG = '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.';
export default {
  id: 'sidecars/fit-sidecar-added',
  source: 'staging/src/k8s.io/component-helpers/resource/helpers.go AggregateContainerRequests (restartable init container: addResourceList(reqs, ...)); pkg/scheduler/framework/plugins/noderesources/fit.go computePodResourceRequest / fitsRequest',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools: [{ name: w, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }]
  timeline:
  - at: 10s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: plain }
      spec:
        template:
          metadata: { annotations: { jobsim/duration: "1h" } }
          spec:
            initContainers: [{ name: init, image: busybox:1.36, resources: { requests: { cpu: 600m } } }]
            containers: [{ name: main, image: busybox:1.36, resources: { requests: { cpu: 1500m } } }]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: side }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      initContainers: [{ name: proxy, image: envoy:1.30, restartPolicy: Always, resources: { requests: { cpu: 600m } } }]
      containers: [{ name: main, image: busybox:1.36, resources: { requests: { cpu: 1500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const s = h.podsOf('side')[0];
    h.eq(s.spec.nodeName, undefined, 'sidecar pod not bound');
    h.eq(h.events({ reason: 'FailedScheduling', name: s.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message])[0], [0, MSG], 'FailedScheduling');
    const p = h.podsOf('plain')[0];
    h.eq(p.spec.nodeName, 'w-1', 'plain-init pod bound');
    h.eq(h.sec(h.events({ reason: 'Scheduled', name: p.metadata.name })[0].firstTimestamp), 10, 'Scheduled at +10s');
  },
};
