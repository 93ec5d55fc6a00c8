// Edges of GetPodQOS: a cpu limit alone (request defaulted) lacks memory -> Burstable; cpu request below its limit
// -> Burstable; cpu+memory equal in the app and init containers with an extra gpu -> Guaranteed (gpu ignored).
export default {
  id: 'podstatus/qos-burstable-and-guaranteed-edges',
  source: 'pkg/apis/core/helper/qos/qos.go ComputePodQOS (qosLimitsFound must have cpu and memory in every container; requests must equal limits)',
  args: ['--duration', '1s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec:
  cluster:
    nodePools: [{ name: w, count: 2, capacity: { cpu: "8", memory: 16Gi, pods: 110, nvidia.com/gpu: 2 } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: cpulim }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { limits: { cpu: "1" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: unequal }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 500m, memory: 1Gi }, limits: { cpu: "1", memory: 1Gi } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: guar }
spec:
  template:
    spec:
      initContainers: [{ name: i, image: busybox:1.36, resources: { limits: { cpu: 100m, memory: 64Mi } } }]
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 1Gi }, limits: { cpu: "1", memory: 1Gi, nvidia.com/gpu: 1 } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(['cpulim', 'unequal', 'guar'].map((j) => h.podsOf(j)[0].status.qosClass), ['Burstable', 'Burstable', 'Guaranteed'], 'qosClass');
  },
};
