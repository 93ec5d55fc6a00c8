// For a non-overcommitable (extended) resource, requests != limits is reported on the requests map
// itself (reqPath, like the "less than or equal" error), with both quantities canonical.
export default {
  id: 'quantities/extended-requests-must-equal-limits-path',
  source: 'pkg/apis/core/validation/validation.go ValidateResourceRequirements (field.Invalid(reqPath, quantity.String(), fmt.Sprintf("must be equal to %s limit of %s", ...)))',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {requests: {example.com/foo: "1000m"}, limits: {example.com/foo: "2"}}}
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((x) => x.includes('Job default/q: ')).map((l) => l.replace(/^.*Job default\/q: /, ''));
    h.eq(lines, ['spec.template.spec.containers[0].resources.requests: Invalid value: "1": must be equal to example.com/foo limit of 2'], 'problems');
  },
};
