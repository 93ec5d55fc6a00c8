// A successPolicy on a NonIndexed Job: field.Invalid(successPolicy, *spec.SuccessPolicy, ...), and
// field.Error prints a struct value with %#v: `batch.SuccessPolicy{Rules:[]batch.SuccessPolicyRule{}}`
// (the table key of TestValidateJob asserts exactly that text).
export default {
  id: 'validationtables/job-successpolicy-nonindexed-value',
  source: 'pkg/apis/batch/validation/validation_test.go TestValidateJob errorCases key "spec.successPolicy: Invalid value: batch.SuccessPolicy{Rules:[]batch.SuccessPolicyRule{}}: requires indexed completion mode"; apimachinery field/errors.go ErrorBody (%#v fallback)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: sp
spec:
  successPolicy:
    rules: []
  template:
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
`,
  check(r, h) {
    const l = r.stderr.split('\n').filter((x) => x.includes('Job default/sp: '));
    h.eq(l.length, 1, `one problem: ${l.join(' | ')}`);
    h.assert(/:6:\d+: /.test(l[0]), `reported at the successPolicy line: ${l[0]}`);
    h.assert(l[0].endsWith('Job default/sp: spec.successPolicy: Invalid value: batch.SuccessPolicy{Rules:[]batch.SuccessPolicyRule{}}: requires indexed completion mode'), `got ${l[0]}`);
  },
};
