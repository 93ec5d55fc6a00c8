// Quantities as resource.ParseQuantity + String() write them back: " 1" trimmed (UnmarshalJSON TrimSpace) is
// "1"; "1e19" (scale 19, not a multiple of 3) is "10e18"; a YAML number 1e20 (JSON 100000000000000000000, 21
// digits) is "100E"; "0.5Gi" is "512Mi"; "1.5m" rounds up to "2m"; "0.1m" to "1m"; "1e-3" is kept.
const qs = [['a', '" 1"', '1'], ['b', '"1e19"', '10e18'], ['c', '1e20', '100E'], ['d', '"0.5Gi"', '512Mi'], ['e', '"1.5m"', '2m'], ['f', '"0.1m"', '1m'], ['g', '"1e-3"', '1e-3']];
export default {
  id: 'robust/quantity-canonical-odd-forms',
  source: 'staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go ParseQuantity (cached string only for canonical forms), CanonicalizeBytes, UnmarshalJSON (strings.TrimSpace)',
  scenario: qs.map(([n, q]) => `apiVersion: batch/v1
kind: Job
metadata: {name: ${n}}
spec:
  suspend: true
  template:
    spec:
      containers:
      - name: c
        image: busybox
        resources: {requests: {cpu: ${q}}}
      restartPolicy: Never
`).join('---\n'),
  check(r, h) {
    for (const [n, , want] of qs) h.eq(h.job(n).spec.template.spec.containers[0].resources.requests.cpu, want, `${n} cpu`);
  },
};
