// field.Invalid(valuesPath, onExitCode.Values, ...) prints a []int32 with %#v: the upstream table keys
// are `Invalid value: []int32{19, 11}: must be ordered` and `Invalid value: []int32{}: at least one value is required`.
const T = (name, values) => `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  podFailurePolicy:
    rules: [{action: FailJob, onExitCodes: {operator: In, values: ${values}}}]
  template:
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
`;
export default {
  id: 'validationtables/pfp-values-rendering',
  source: 'pkg/apis/batch/validation/validation_test.go TestValidateJob errorCases keys "...onExitCodes.values: Invalid value: []int32{19, 11}: must be ordered" and "...values: Invalid value: []int32{}: at least one value is required"; apimachinery field/errors.go ErrorBody (%#v for non-scalar values)',
  exit: 2,
  scenario: [T('ord', '[19, 11]'), T('empty', '[]'), T('zero', '[1, 0, 2]')].join('---\n'),
  check(r, h) {
    const lines = r.stderr.split('\n');
    const P = 'spec.podFailurePolicy.rules[0].onExitCodes.values';
    h.assert(lines.some((l) => l.endsWith(`Job default/ord: ${P}: Invalid value: []int32{19, 11}: must be ordered`)), `ord: ${lines.filter((l) => l.includes('/ord:')).join(' | ')}`);
    // the upstream table entry {1, 0, 2} with In breaks two rules: the 0, and the order
    const z = lines.filter((l) => l.includes('Job default/zero: '));
    h.eq(z.length, 2, `zero: two problems: ${z.join(' | ')}`);
    h.assert(z.some((l) => l.endsWith(`Job default/zero: ${P}[1]: Invalid value: 0: must not be 0 for the In operator`)), `zero 0: ${z.join(' | ')}`);
    h.assert(z.some((l) => l.endsWith(`Job default/zero: ${P}: Invalid value: []int32{1, 0, 2}: must be ordered`)), `zero order: ${z.join(' | ')}`);
    h.assert(lines.some((l) => l.endsWith(`Job default/empty: ${P}: Invalid value: []int32{}: at least one value is required`)), `empty: ${lines.filter((l) => l.includes('/empty:')).join(' | ')}`);
  },
};
