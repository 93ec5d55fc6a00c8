// Any other restartPolicy: NotSupported listing OnFailure, Never.
export default {
  id: 'validation/job-restartpolicy-unsupported',
  source: 'pkg/apis/batch/validation/validation.go validateJobSpec: field.NotSupported(restartPolicy, value, [OnFailure, Never])',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: rp
spec:
  template:
    spec:
      restartPolicy: Sometimes
      containers:
      - name: c
        image: busybox
`,
  check(r, h) {
    h.assert(r.stderr.split('\n').some((l) => l.endsWith('Job default/rp: spec.template.spec.restartPolicy: Unsupported value: "Sometimes": supported values: "OnFailure", "Never"')), r.stderr.slice(0, 300));
  },
};
