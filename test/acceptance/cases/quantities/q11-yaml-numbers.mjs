// Quantities written as YAML numbers reach the API server as JSON numbers (kubectl: YAML -> JSON with Go's
// float formatting): cpu: 1.0 -> 1 -> "1"; cpu: 0.1 -> "100m"; memory: 1e9 (a YAML float) -> 1000000000 -> "1G";
// memory: 1073741824 (int) -> kept "1073741824" (no trailing 000); cpu: 2.50 -> 2.5 -> "2500m".
export default {
  id: 'quantities/yaml-numbers',
  source: 'sigs.k8s.io/yaml YAMLToJSON (floats marshalled by encoding/json, %f form below 1e21); apimachinery Quantity.UnmarshalJSON -> ParseQuantity; CanonicalizeBytes',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {requests: {cpu: 1.0, memory: 1e9}}}
      - {name: b, image: busybox, resources: {requests: {cpu: 0.1, memory: 1073741824}}}
      - {name: c, image: busybox, resources: {requests: {cpu: 2.50}}}
`,
  check(r, h) {
    const got = h.job('q').spec.template.spec.containers.map((c) => c.resources.requests);
    h.eq(got, [{ cpu: '1', memory: '1G' }, { cpu: '100m', memory: '1073741824' }, { cpu: '2500m' }], 'template requests');
  },
};
