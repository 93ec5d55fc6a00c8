// "1e0": DecimalExponent with scale 0 and mantissa "1" passes the canonical-form test in ParseQuantity
// (scale%3 == 0, no trailing "000", no leading '0'), so the input string is kept: "1e0", not "1".
export default {
  id: 'quantities/exponent-zero-kept',
  source: 'apimachinery resource/quantity.go ParseQuantity (reuse str when scale%3==0 && !HasSuffix(shifted,"000") && shifted[0] != \'0\')',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: c, image: busybox, resources: {requests: {cpu: "1e0"}}}
`,
  check(r, h) {
    h.eq(h.job('q').spec.template.spec.containers[0].resources.requests.cpu, '1e0', 'template cpu');
    h.eq(h.podsOf('q')[0].spec.containers[0].resources.requests.cpu, '1e0', 'pod cpu');
  },
};
