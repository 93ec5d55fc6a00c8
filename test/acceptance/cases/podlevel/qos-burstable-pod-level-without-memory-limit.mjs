// Pod-level resources decide the QoS class alone: pod-level cpu limit only, and a container whose memory request equals
// its limit. The pod-level limits lack memory, so the pod is Burstable, though every container-level pair is equal.
export default {
  id: 'podlevel/qos-burstable-pod-level-without-memory-limit',
  source: 'pkg/apis/core/helper/qos/qos.go ComputePodQOS (pod-level branch: getQOSResources(pod.Spec.Resources.Limits) must hold cpu and memory for Guaranteed); KEP-2837 "QoS Changes" note: "If the pod spec includes resources stanza at pod level, but either requests or limits are missing for a resource, the pod will not be considered Guaranteed QoS, even if container-level requests and limits are present and are equal"',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: b}
spec:
  template:
    spec:
      resources:
        limits: {cpu: "1"}
      containers:
      - name: c
        image: busybox
        resources:
          requests: {memory: 1Gi}
          limits: {memory: 1Gi}
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('b')[0].status.qosClass, 'Burstable', 'qosClass');
  },
};
