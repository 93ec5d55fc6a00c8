// GetPodQOS only looks at cpu and memory: a pod whose only resources are nvidia.com/gpu (limit, request defaulted
// from it) or ephemeral-storage is BestEffort.
export default {
  id: 'podstatus/qos-extended-only-besteffort',
  source: 'pkg/apis/core/helper/qos/qos.go ComputePodQOS (isSupportedQoSComputeResource: cpu, memory only; len(requests)==0 && len(limits)==0 -> BestEffort)',
  args: ['--duration', '1s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec:
  cluster:
    nodePools: [{ name: w, count: 2, capacity: { cpu: "4", memory: 16Gi, pods: 110, nvidia.com/gpu: 2 } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: gpu }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { limits: { nvidia.com/gpu: 1 } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: eph }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { ephemeral-storage: 1Gi }, limits: { ephemeral-storage: 1Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(['gpu', 'eph'].map((j) => h.podsOf(j)[0].status.qosClass), ['BestEffort', 'BestEffort'], 'qosClass');
    h.eq(h.podsOf('gpu')[0].spec.containers[0].resources.requests, { 'nvidia.com/gpu': '1' }, 'gpu request defaulted from the limit');
  },
};
