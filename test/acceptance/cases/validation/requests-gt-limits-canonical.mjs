// The values in the requests/limits error are Quantity.String(): 0.5 -> 500m, 1.5Gi -> 1536Mi, 1024Mi -> 1Gi.
export default {
  id: 'validation/requests-gt-limits-canonical',
  source: 'pkg/apis/core/validation/validation.go ValidateContainerResourceRequirements (quantity.String(), limitQuantity.String()); apimachinery resource.Quantity.String canonical form',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: res
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox
        resources:
          requests: { cpu: "0.5", memory: "1.5Gi" }
          limits: { cpu: "250m", memory: "1024Mi" }
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((x) => x.includes('Job default/res: '));
    h.assert(lines.some((l) => l.endsWith('requests: Invalid value: "500m": must be less than or equal to cpu limit of 250m')), `cpu: ${lines.join(' | ')}`);
    h.assert(lines.some((l) => l.endsWith('requests: Invalid value: "1536Mi": must be less than or equal to memory limit of 1Gi')), `memory: ${lines.join(' | ')}`);
  },
};
