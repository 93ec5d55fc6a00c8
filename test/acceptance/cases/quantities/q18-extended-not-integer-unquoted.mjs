// An extended resource must be a whole number: ValidateResourceQuantityValue passes the Quantity itself
// (not a string) to field.Invalid; ErrorBody prints a value whose pointer is a fmt.Stringer with %s, so the
// value is unquoted and canonical: `Invalid value: 500m: must be an integer`. Reported on requests and limits.
export default {
  id: 'quantities/extended-not-integer-unquoted',
  source: 'pkg/apis/core/validation/validation.go ValidateResourceQuantityValue (field.Invalid(fldPath, value, isNotIntegerErrorMsg)); apimachinery util/validation/field/errors.go ErrorBody (case fmt.Stringer: "%s: %s")',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {requests: {example.com/foo: "0.5"}, limits: {example.com/foo: "0.5"}}}
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((x) => x.includes('Job default/q: ')).map((l) => l.replace(/^.*Job default\/q: /, ''));
    const p = 'spec.template.spec.containers[0].resources';
    h.eq(lines.slice().sort(), [
      `${p}.limits[example.com/foo]: Invalid value: 500m: must be an integer`,
      `${p}.requests[example.com/foo]: Invalid value: 500m: must be an integer`,
    ], 'problems');
  },
};
