// Hugepages are not overcommitable: a request without a limit is "Limit must be set for non overcommitable
// resources" on the limits map.
export default {
  id: 'quantities/hugepages-limit-required',
  source: 'pkg/apis/core/validation/validation.go ValidateResourceRequirements (helper.IsOvercommitAllowed false for hugepages-*; field.Required(limPath, ...))',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {requests: {memory: 1Gi, hugepages-2Mi: 4Mi}}}
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((x) => x.includes('Job default/q: ')).map((l) => l.replace(/^.*Job default\/q: /, ''));
    h.eq(lines, ['spec.template.spec.containers[0].resources.limits: Required value: Limit must be set for non overcommitable resources'], 'problems');
  },
};
