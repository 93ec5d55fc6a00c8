// Hugepages requests must equal limits: reported on the requests map with canonical quantities.
export default {
  id: 'quantities/hugepages-requests-equal-limits',
  source: 'pkg/apis/core/validation/validation.go ValidateResourceRequirements ("must be equal to %s limit of %s" on reqPath)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {requests: {memory: 1Gi, hugepages-2Mi: 2Mi}, limits: {memory: 1Gi, hugepages-2Mi: 4096Ki}}}
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((x) => x.includes('Job default/q: ')).map((l) => l.replace(/^.*Job default\/q: /, ''));
    h.eq(lines, ['spec.template.spec.containers[0].resources.requests: Invalid value: "2Mi": must be equal to hugepages-2Mi limit of 4Mi'], 'problems');
  },
};
