// requests > limits: the error is on the `requests` map itself (reqPath, no [key]), with the canonical quantities.
export default {
  id: 'validation/requests-gt-limits-path',
  source: 'pkg/apis/core/validation/validation.go ValidateContainerResourceRequirements: field.Invalid(reqPath, quantity.String(), fmt.Sprintf("must be less than or equal to %s limit of %s", ...))',
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
          requests: { cpu: "2" }
          limits: { cpu: "1" }
`,
  check(r, h) {
    const l = r.stderr.split('\n').filter((x) => x.includes('Job default/res: '));
    h.eq(l.length, 1, 'one problem');
    h.assert(l[0].endsWith('Job default/res: spec.template.spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1'), `got: ${l[0]}`);
  },
};
