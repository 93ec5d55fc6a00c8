// podReplacementPolicy "" is not nil, so SetDefaults_Job leaves it, and validation lists both values.
export default {
  id: 'validationtables/prp-empty-string',
  source: 'pkg/apis/batch/validation/validation_test.go TestValidateJob errorCases `spec.podReplacementPolicy: Unsupported value: "": supported values: "Failed", "TerminatingOrFailed"`; validation.go validatePodReplacementPolicy',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: prp
spec:
  podReplacementPolicy: ""
  template:
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
`,
  check(r, h) {
    const l = r.stderr.split('\n').filter((x) => x.includes('Job default/prp: '));
    h.eq(l.length, 1, `one problem: ${l.join(' | ')}`);
    h.assert(/:6:\d+: /.test(l[0]) && l[0].endsWith('Job default/prp: spec.podReplacementPolicy: Unsupported value: "": supported values: "Failed", "TerminatingOrFailed"'), l[0]);
  },
};
