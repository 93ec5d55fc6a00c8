// Every zero prints as "0" whatever its suffix or sign: "0m", "0Gi", "-0", "0.000", "0e3".
// Zero requests are allowed (not negative) and count as no request for the pod's QoS (BestEffort).
export default {
  id: 'quantities/zero-forms',
  source: 'apimachinery quantity.go CanonicalizeBytes ("if q.IsZero() { return zeroBytes }"); core validation ValidateNonnegativeQuantity; qos.go GetPodQOS (only quantities > 0 count)',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {requests: {cpu: "0m", memory: "0Gi"}}}
      - {name: b, image: busybox, resources: {requests: {cpu: "-0", memory: "0.000"}, limits: {cpu: "0e3"}}}
`,
  check(r, h) {
    const got = h.job('q').spec.template.spec.containers.map((c) => c.resources);
    h.eq(got, [{ requests: { cpu: '0', memory: '0' } }, { requests: { cpu: '0', memory: '0' }, limits: { cpu: '0' } }], 'template resources');
    h.eq(h.podsOf('q')[0].status.qosClass, 'BestEffort', 'qosClass');
  },
};
