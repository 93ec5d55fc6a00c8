// A YAML float of 1e21 or more is written by Go's encoding/json in exponent form ("1e+21"); that string is
// a canonical DecimalExponent quantity (scale 21, mantissa 1), so the API keeps "1e+21".
export default {
  id: 'quantities/yaml-huge-float',
  source: 'encoding/json floatEncoder (fmt \'e\' when abs >= 1e21, "e+21"); apimachinery quantity.go ParseQuantity (DecimalExponent via suffixHandler.interpret, canonical-string reuse)',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {limits: {memory: 1e21}}}
`,
  check(r, h) {
    h.eq(h.job('q').spec.template.spec.containers[0].resources.limits.memory, '1e+21', 'template limit');
  },
};
