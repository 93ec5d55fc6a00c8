// An init container declared after a sidecar runs while that sidecar runs: its request counts as
// its own plus the sidecars before it (1 + 1500m = 2500m), above the steady 1 + 500m: a 2-cpu node
// is short of cpu although containers plus sidecar would fit.
export default {
  id: 'sched3/fit-init-after-sidecar',
  source: 'noderesources/fit_test.go TestEnoughRequests (restartable init container, init container after sidecar); component-helpers resource/helpers.go AggregateContainerRequests (initContainerReqs = restartableInitContainerReqs + container request)',
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
metadata: { name: j }
spec:
  template:
    spec:
      initContainers:
      - { name: side, image: busybox:1.36, restartPolicy: Always, resources: { requests: { cpu: "1" } } }
      - { name: setup, image: busybox:1.36, resources: { requests: { cpu: 1500m } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.spec.nodeName, undefined, 'never bound');
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[0, '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.']], 'message');
  },
};
