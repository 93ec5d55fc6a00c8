// ephemeral-storage is overcommitable: a request above its limit is "must be less than or equal to ephemeral-storage limit of",
// reported on the requests map with the canonical quantities.
export default {
  id: 'validation3/ephemeral-storage-request-over-limit',
  source: 'pkg/apis/core/validation/validation.go validateResourceRequirements ("else if quantity.Cmp(limitQuantity) > 0 { field.Invalid(reqPath, quantity.String(), fmt.Sprintf(\\"must be less than or equal to %s limit of %s\\", resourceName, limitQuantity.String())) }"); helper.IsOvercommitAllowed (native, not huge pages)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: eph
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: abc
        image: image
        resources:
          requests: {ephemeral-storage: 2048Mi}
          limits: {ephemeral-storage: 1Gi}
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:\d+:\d+: /, ''));
    h.eq(lines, ['Job default/eph: spec.template.spec.containers[0].resources.requests: Invalid value: "2Gi": must be less than or equal to ephemeral-storage limit of 1Gi'], 'problems');
  },
};
