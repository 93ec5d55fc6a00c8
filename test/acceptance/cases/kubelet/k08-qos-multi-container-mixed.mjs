// Guaranteed needs every container (init containers included) to set equal cpu and memory limits and
// requests: one guaranteed container next to one without resources makes the pod Burstable.
export default {
  id: 'kubelet/qos-multi-container-mixed',
  source: 'pkg/apis/core/helper/qos/qos.go GetPodQOS (isGuaranteed requires limits for cpu+memory in all containers; any request -> not BestEffort)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: mix }
spec:
  template:
    spec:
      initContainers: [{ name: i, image: busybox:1.36 }]
      containers: [{ name: c, image: busybox:1.36, resources: { limits: { cpu: "1", memory: 1Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('mix')[0].status.qosClass, 'Burstable', 'qosClass');
  },
};
