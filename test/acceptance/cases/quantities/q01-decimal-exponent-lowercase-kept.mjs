// "1e3" is DecimalExponent in canonical form (scale 3, mantissa 1): ParseQuantity caches the input string,
// so the API returns "1e3" on the template and on the pod; "1.5e3" is not canonical and prints as "1500".
export default {
  id: 'quantities/decimal-exponent-lowercase-kept',
  source: 'apimachinery resource/quantity.go ParseQuantity (DecimalExponent; "if the number is in canonical form, reuse the string"); CanonicalizeBytes/constructBytes(DecimalExponent, 0) -> no suffix',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: c, image: busybox, resources: {requests: {cpu: "1e3", memory: "1.5e3"}}}
`,
  check(r, h) {
    h.eq(h.job('q').spec.template.spec.containers[0].resources.requests, { cpu: '1e3', memory: '1500' }, 'template');
    h.eq(h.podsOf('q')[0].spec.containers[0].resources.requests, { cpu: '1e3', memory: '1500' }, 'pod');
  },
};
