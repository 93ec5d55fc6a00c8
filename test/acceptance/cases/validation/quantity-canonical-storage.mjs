// The API server stores and returns resource quantities as canonical strings (Quantity.MarshalJSON -> String()):
// "0.5" -> "500m", 1 (a YAML number) -> "1", "1024Mi" -> "1Gi", "1.5Gi" -> "1536Mi", 2000000000 -> "2G".
export default {
  id: 'validation/quantity-canonical-storage',
  source: 'apimachinery pkg/api/resource/quantity.go (MarshalJSON writes String(); CanonicalizeBytes); CONTRACT §3 items "in the API\'s own JSON shape"',
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: qc
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox
        resources:
          requests: { cpu: "0.5", memory: "1.5Gi" }
          limits: { cpu: 1, memory: "2000000000" }
      - name: d
        image: busybox
        resources:
          requests: { cpu: "1500m", memory: "1024Mi" }
`,
  check(r, h) {
    const cs = h.job('qc').spec.template.spec.containers;
    h.eq(cs[0].resources, { requests: { cpu: '500m', memory: '1536Mi' }, limits: { cpu: '1', memory: '2G' } }, 'container c resources');
    h.eq(cs[1].resources, { requests: { cpu: '1500m', memory: '1Gi' } }, 'container d resources');
  },
};
