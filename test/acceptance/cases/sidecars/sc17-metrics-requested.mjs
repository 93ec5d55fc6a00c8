// The metrics' requested CPU and memory are the pod's effective requests with the sidecar added:
// main 500m/256Mi + sidecar 250m/128Mi = 750m and 384Mi (402653184 bytes) at the peak.
export default {
  id: 'sidecars/metrics-requested',
  source: 'staging/src/k8s.io/component-helpers/resource/helpers.go PodRequests / AggregateContainerRequests; README metrics (pools.NAME.cpuRequestedPeakMilli, memoryRequestedPeakBytes: requests of bound, non-terminal pods)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools: [{ name: w, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "20s" } }
    spec:
      initContainers: [{ name: proxy, image: envoy:1.30, restartPolicy: Always, resources: { requests: { cpu: 250m, memory: 128Mi } } }]
      containers: [{ name: main, image: busybox:1.36, resources: { requests: { cpu: 500m, memory: 256Mi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const w = r.metrics.pools.w;
    h.eq([w.cpuRequestedPeakMilli, w.memoryRequestedPeakBytes], [750, 402653184], 'peaks');
  },
};
