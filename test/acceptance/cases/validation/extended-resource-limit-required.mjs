// A non-overcommitable (extended) resource request without a limit: Required on the `limits` map (limPath, no [key]).
export default {
  id: 'validation/extended-resource-limit-required',
  source: 'pkg/apis/core/validation/validation.go ValidateContainerResourceRequirements: field.Required(limPath, "Limit must be set for non overcommitable resources")',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: gpu
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox
        resources:
          requests: { "example.com/gpu": "1" }
`,
  check(r, h) {
    const l = r.stderr.split('\n').filter((x) => x.includes('Job default/gpu: '));
    h.eq(l.length, 1, 'one problem');
    h.assert(l[0].endsWith('Job default/gpu: spec.template.spec.containers[0].resources.limits: Required value: Limit must be set for non overcommitable resources'), `got: ${l[0]}`);
  },
};
