// QoS compares requests and limits by value: cpu "1000m"/"1" and memory "1024Mi"/"1Gi" are equal, so the
// pod is Guaranteed; "0.5"/"500m" with "1G"/"1e9" likewise. A pod whose memory request is below its limit is Burstable.
export default {
  id: 'quantities/qos-guaranteed-by-value',
  source: 'pkg/apis/core/v1/helper/qos/qos.go ComputePodQOS (requests and limits compared with Quantity.Cmp)',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: g1}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {requests: {cpu: "1000m", memory: "1024Mi"}, limits: {cpu: "1", memory: "1Gi"}}}
      - {name: b, image: busybox, resources: {requests: {cpu: "0.5", memory: "1G"}, limits: {cpu: "500m", memory: "1e9"}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: b1}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {requests: {cpu: "1", memory: "1023Mi"}, limits: {cpu: "1", memory: "1Gi"}}}
`,
  check(r, h) {
    h.eq([h.podsOf('g1')[0].status.qosClass, h.podsOf('b1')[0].status.qosClass], ['Guaranteed', 'Burstable'], 'qos');
  },
};
