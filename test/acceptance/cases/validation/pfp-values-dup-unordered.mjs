// onExitCodes values: duplicates are Duplicate value per index, disorder one "must be ordered" on the list.
const P = 'Job default/codes: ';
export default {
  id: 'validation/pfp-values-dup-unordered',
  source: 'pkg/apis/batch/validation/validation.go validatePodFailurePolicyRuleOnExitCodes (field.Duplicate(valuePath, v); field.Invalid(valuesPath, values, "must be ordered"))',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: codes
spec:
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes:
        operator: NotIn
        values: [5, 0, 5, 3]
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => l.includes(P));
    h.assert(lines.some((l) => l.endsWith(P + 'spec.podFailurePolicy.rules[0].onExitCodes.values[2]: Duplicate value: 5')), `duplicate: ${r.stderr.slice(0, 400)}`);
    h.assert(lines.some((l) => l.includes(P + 'spec.podFailurePolicy.rules[0].onExitCodes.values: Invalid value: ') && l.endsWith(': must be ordered')), 'must be ordered');
    h.assert(!lines.some((l) => l.includes('must not be 0')), '0 is allowed with NotIn');
    h.eq(lines.length, 2, 'two problems');
  },
};
