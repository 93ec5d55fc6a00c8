// A malformed quantity is rejected with resource.ParseQuantity's regular-expression message; negative ones with ValidateNonnegativeQuantity.
export default {
  id: 'validation/quantity-syntax',
  source: 'apimachinery resource.ErrFormatWrong ("quantities must match the regular expression ..."); core ValidateNonnegativeQuantity',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: q
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox
        resources:
          requests: { cpu: "2 cores", memory: "-1Gi" }
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((x) => x.includes('Job default/q: '));
    h.assert(lines.some((l) => l.includes("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")), `syntax: ${lines.join(' | ')}`);
    h.assert(lines.some((l) => l.endsWith('spec.template.spec.containers[0].resources.requests[memory]: Invalid value: "-1Gi": must be greater than or equal to 0')), `negative: ${lines.join(' | ')}`);
  },
};
