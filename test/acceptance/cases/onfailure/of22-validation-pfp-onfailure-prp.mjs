// podFailurePolicy with restartPolicy OnFailure and podReplacementPolicy TerminatingOrFailed: both rules are
// reported at once (validateJobSpec collects every error): podReplacementPolicy NotSupported (only "Failed" with a
// pod failure policy) and restartPolicy Invalid.
export default {
  id: 'onfailure/validation-pfp-onfailure-prp',
  source: 'pkg/apis/batch/validation/validation.go validatePodReplacementPolicy (field.NotSupported(fldPath, value, []{Failed})), validateJobSpec restartPolicy rule ("only %q is supported when podFailurePolicy is specified")',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: two
spec:
  podReplacementPolicy: TerminatingOrFailed
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: {operator: In, values: [3]}
  template:
    spec:
      restartPolicy: OnFailure
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const l = r.stderr.split('\n').filter((x) => x.includes('Job default/two: ')).map((x) => x.slice(x.indexOf('Job default/two: ') + 'Job default/two: '.length));
    h.eq(l.sort(), [
      'spec.podReplacementPolicy: Unsupported value: "TerminatingOrFailed": supported values: "Failed"',
      'spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified',
    ], 'problems');
  },
};
