// The requests/limits error prints quantity.String(), which is the cached input when it is canonical by
// ParseQuantity's test: "1.100" stays "1.100"; the limit "1e3" stays "1e3"; "2k" stays "2k".
export default {
  id: 'quantities/requests-gt-limits-cached-string',
  source: 'pkg/apis/core/validation/validation.go ValidateResourceRequirements (quantity.String(), limitQuantity.String()); apimachinery quantity.go ParseQuantity canonical-string reuse',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: q}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: a, image: busybox, resources: {requests: {cpu: "1.100"}, limits: {cpu: "1"}}}
      - {name: b, image: busybox, resources: {requests: {cpu: "2k"}, limits: {cpu: "1e3"}}}
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((x) => x.includes('Job default/q: ')).map((l) => l.replace(/^.*Job default\/q: /, ''));
    h.eq(lines, [
      'spec.template.spec.containers[0].resources.requests: Invalid value: "1.100": must be less than or equal to cpu limit of 1',
      'spec.template.spec.containers[1].resources.requests: Invalid value: "2k": must be less than or equal to cpu limit of 1e3',
    ], 'problems');
  },
};
