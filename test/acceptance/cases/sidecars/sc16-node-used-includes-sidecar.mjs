// A bound pod's sidecar request counts in what its node has in use: with "first" (main 1000m + sidecar
// 500m) running on a 2-cpu node, "second" (600m) created at +5s does not fit (1500m + 600m > 2000m)
// and is bound only at +30s, when first has finished and its sidecar has been stopped.
export default {
  id: 'sidecars/node-used-includes-sidecar',
  source: 'staging/src/k8s.io/component-helpers/resource/helpers.go PodRequests (NodeInfo.Requested adds each pod\'s PodRequests); pkg/scheduler/framework/types.go calculateResource; noderesources/fit.go',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools: [{ name: w, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }]
  timeline:
  - at: 5s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: second }
      spec:
        template:
          metadata: { annotations: { jobsim/duration: "10s" } }
          spec:
            containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 600m } } }]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: first }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "30s" } }
    spec:
      initContainers: [{ name: proxy, image: envoy:1.30, restartPolicy: Always, resources: { requests: { cpu: 500m } } }]
      containers: [{ name: main, image: busybox:1.36, resources: { requests: { cpu: 1000m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const s = h.podsOf('second')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: s.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]),
      [[5, '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.']], 'FailedScheduling');
    h.eq(h.sec(h.events({ reason: 'Scheduled', name: s.metadata.name })[0]?.firstTimestamp), 30, 'Scheduled when first is done');
  },
};
