// With a podFailurePolicy the template must use restartPolicy Never.
export default {
  id: 'validation/pfp-restartpolicy-onfailure',
  source: 'pkg/apis/batch/validation/validation.go validateJobSpec: field.Invalid(restartPolicy, value, fmt.Sprintf("only %q is supported when podFailurePolicy is specified", Never))',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: pfprp
spec:
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: {operator: In, values: [42]}
  template:
    spec:
      restartPolicy: OnFailure
      containers:
      - name: main
        image: busybox
`,
  check(r, h) {
    const l = r.stderr.split('\n').filter((x) => x.includes('Job default/pfprp: '));
    h.eq(l.length, 1, 'one problem');
    h.assert(l[0].endsWith('Job default/pfprp: spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified'), l[0]);
  },
};
