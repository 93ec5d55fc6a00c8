// Fractions that fail ParseQuantity's canonical test are re-emitted canonically: "0.250" (leading '0' in
// the shifted digits) -> "250m", "1.000" (trailing "000") -> "1", ".5" -> "500m", "1.0001" (scale -4,
// rounded up to milli by SetDefaults_ResourceList) -> "1001m", "0.0005k" -> "500m", "3.001n" -> "1m".
export default {
  id: 'quantities/fraction-canonicalized',
  source: 'apimachinery resource/quantity.go ParseQuantity, CanonicalizeBytes, int64Amount.AsCanonicalBytes; core/v1 defaults.go SetDefaults_ResourceList (RoundUp(-3))',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {requests: {cpu: "0.250", memory: "1.000"}}}
      - {name: b, image: busybox, resources: {requests: {cpu: ".5", memory: "1.0001"}}}
      - {name: c, image: busybox, resources: {requests: {cpu: "0.0005k", memory: "3.001n"}}}
`,
  check(r, h) {
    const got = h.job('q').spec.template.spec.containers.map((c) => c.resources.requests);
    h.eq(got, [{ cpu: '250m', memory: '1' }, { cpu: '500m', memory: '1001m' }, { cpu: '500m', memory: '1m' }], 'template requests');
  },
};
