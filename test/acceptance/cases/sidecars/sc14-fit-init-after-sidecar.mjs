// An init container that comes after a sidecar runs beside it: InitContainerUse(i) = its request + the
// sidecars declared before it. initContainers [proxy 500m (Always), setup 1200m] with main 300m needs
// max(300+500, 1200+500) = 1700m and does not fit a 1600m node; the same containers with setup first
// need max(800, 1200) = 1200m and fit.
const MSG = '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.';
export default {
  id: 'sidecars/fit-init-after-sidecar',
  source: 'staging/src/k8s.io/component-helpers/resource/helpers.go AggregateContainerRequests ("InitContainerUse(i) = sum(Resources of restartable init containers with index < i) + Resources of i-th init container"; maxResourceList); noderesources/fit.go',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools: [{ name: w, count: 1, capacity: { cpu: 1600m, memory: 4Gi, pods: 110 } }]
  timeline:
  - at: 10s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: before }
      spec:
        template:
          metadata: { annotations: { jobsim/duration: "1h" } }
          spec:
            initContainers:
            - { name: setup, image: busybox:1.36, resources: { requests: { cpu: 1200m } } }
            - { name: proxy, image: envoy:1.30, restartPolicy: Always, resources: { requests: { cpu: 500m } } }
            containers: [{ name: main, image: busybox:1.36, resources: { requests: { cpu: 300m } } }]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: after }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      initContainers:
      - { name: proxy, image: envoy:1.30, restartPolicy: Always, resources: { requests: { cpu: 500m } } }
      - { name: setup, image: busybox:1.36, resources: { requests: { cpu: 1200m } } }
      containers: [{ name: main, image: busybox:1.36, resources: { requests: { cpu: 300m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const a = h.podsOf('after')[0];
    h.eq(a.spec.nodeName, undefined, 'after: 1700m does not fit 1600m');
    h.eq(h.events({ reason: 'FailedScheduling', name: a.metadata.name })[0]?.message, MSG, 'FailedScheduling message');
    const b = h.podsOf('before')[0];
    h.eq(b.spec.nodeName, 'w-1', 'before: 1200m fits');
    h.eq(b.status.phase, 'Running', 'before runs');
  },
};
