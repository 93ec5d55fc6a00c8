// QoS class looks at sidecars like any init container: main Guaranteed on its own (requests = limits)
// plus a sidecar with requests only makes the pod Burstable; with the sidecar's requests = limits too
// the pod is Guaranteed.
export default {
  id: 'sidecars/qos-sidecar-counts',
  source: 'pkg/apis/core/v1/helper/qos/qos.go GetPodQOS / ComputePodQOS (allContainers = Containers + InitContainers)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 30s
---
apiVersion: batch/v1
kind: Job
metadata: { name: burst }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      initContainers: [{ name: proxy, image: envoy:1.30, restartPolicy: Always, resources: { requests: { cpu: 100m, memory: 64Mi } } }]
      containers: [{ name: main, image: busybox:1.36, resources: { requests: { cpu: 500m, memory: 256Mi }, limits: { cpu: 500m, memory: 256Mi } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: guar }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      initContainers: [{ name: proxy, image: envoy:1.30, restartPolicy: Always, resources: { limits: { cpu: 100m, memory: 64Mi } } }]
      containers: [{ name: main, image: busybox:1.36, resources: { limits: { cpu: 500m, memory: 256Mi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq([h.podsOf('burst')[0].status.qosClass, h.podsOf('guar')[0].status.qosClass], ['Burstable', 'Guaranteed'], 'qosClass');
  },
};
