// "1e-4" is DecimalExponent; SetDefaults_ResourceList rounds it up to milli scale (RoundUp(-3)) and the
// Quantity keeps its DecimalExponent format, so it prints as "1e-3", not "1m". "1e-3" itself is canonical.
export default {
  id: 'quantities/exponent-round-up-keeps-format',
  source: 'core/v1 defaults.go SetDefaults_ResourceList (val.RoundUp(milliScale)); apimachinery quantity.go RoundUp (Format unchanged), CanonicalizeBytes -> constructBytes(10, -3, DecimalExponent) = "e-3"',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: c, image: busybox, resources: {requests: {cpu: "1e-4", memory: "1e-3"}}}
`,
  check(r, h) {
    h.eq(h.job('q').spec.template.spec.containers[0].resources.requests, { cpu: '1e-3', memory: '1e-3' }, 'template');
  },
};
