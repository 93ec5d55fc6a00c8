// A pod template's activeDeadlineSeconds lies in 1..MaxInt32: 0 and 2^31 are refused, 2147483647 accepted.
export default {
  id: 'validation3/active-deadline-seconds-template-bounds',
  source: 'pkg/apis/core/validation/validation.go ValidatePodSpec ("if value < 1 || value > math.MaxInt32 { field.Invalid(fldPath.Child(\\"activeDeadlineSeconds\\"), value, validation.InclusiveRangeError(1, math.MaxInt32)) }")',
  exit: 2,
  scenario: ['zero: 0', 'over: 2147483648', 'max: 2147483647'].map((s) => {
    const [name, v] = s.split(': ');
    return `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  template:
    spec:
      restartPolicy: Never
      activeDeadlineSeconds: ${v}
      containers: [{name: abc, image: image}]
`;
  }).join('---\n'),
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:\d+:\d+: /, ''));
    h.eq(lines, [
      'Job default/zero: spec.template.spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive',
      'Job default/over: spec.template.spec.activeDeadlineSeconds: Invalid value: 2147483648: must be between 1 and 2147483647, inclusive',
    ], 'problems (max accepted)');
  },
};
