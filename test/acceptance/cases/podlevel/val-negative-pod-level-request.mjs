// A negative pod-level quantity fails the same quantity rule as a container's, at the keyed path.
export default {
  id: 'podlevel/val-negative-pod-level-request',
  source: 'pkg/apis/core/validation/validation.go validateResourceRequirements -> ValidateResourceQuantityValue -> ValidateNonnegativeQuantity (field.Invalid(fldPath, value.String(), isNegativeErrorMsg "must be greater than or equal to 0"))',
  exit: 2,
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: neg}
spec:
  template:
    spec:
      restartPolicy: Never
      resources: {requests: {memory: "-1Gi"}}
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => l.includes('Job default/neg: '));
    h.eq(lines.map((l) => l.replace(/^.*Job default\/neg: /, '')), ['spec.template.spec.resources.requests[memory]: Invalid value: "-1Gi": must be greater than or equal to 0'], 'problems');
  },
};
