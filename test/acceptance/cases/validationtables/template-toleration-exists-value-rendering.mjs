// An Exists toleration with a value: field.Invalid(operator, toleration, ...) passes the whole
// core.Toleration struct, which field.Error prints with %#v.
export default {
  id: 'validationtables/template-toleration-exists-value-rendering',
  source: 'pkg/apis/core/validation/validation.go ValidateTolerations (field.Invalid(idxPath.Child("operator"), toleration, "value must be empty when `operator` is \'Exists\'")); apimachinery field/errors.go ErrorBody (%#v)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: tol
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
      tolerations: [{key: foo, operator: Exists, value: bar}]
`,
  check(r, h) {
    const l = r.stderr.split('\n').filter((x) => x.includes('Job default/tol: '));
    h.eq(l.length, 1, `one problem: ${l.join(' | ')}`);
    h.assert(l[0].endsWith('Job default/tol: spec.template.spec.tolerations[0].operator: Invalid value: core.Toleration{Key:"foo", Operator:"Exists", Value:"bar", Effect:"", TolerationSeconds:(*int64)(nil)}: value must be empty when `operator` is \'Exists\''), l[0]);
  },
};
