// Zero quantities do not count: requests cpu "0" and memory "0" leave the pod BestEffort.
export default {
  id: 'podstatus/qos-zero-requests-besteffort',
  source: 'pkg/apis/core/helper/qos/qos.go ComputePodQOS (if quantity.Cmp(zeroQuantity) == 1 { ... })',
  args: ['--duration', '1s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: zero }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "0", memory: "0" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('zero')[0].status.qosClass, 'BestEffort', 'qosClass');
  },
};
