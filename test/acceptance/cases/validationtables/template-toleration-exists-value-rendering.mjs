// An Exists toleration with a value: since kubernetes#128119 (1.32) field.Invalid(operator,
// toleration.Value, ...) passes the value, printed quoted (before, the whole core.Toleration struct
// was printed with %#v).
export default {
  id: 'validationtables/template-toleration-exists-value-rendering',
  source: 'pkg/apis/core/validation/validation.go ValidateTolerations (field.Invalid(idxPath.Child("operator"), toleration.Value, "value must be empty when `operator` is \'Exists\'"), since kubernetes/kubernetes#128119, v1.32)',
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
    h.assert(l[0].endsWith('Job default/tol: spec.template.spec.tolerations[0].operator: Invalid value: "bar": value must be empty when `operator` is \'Exists\''), l[0]);
  },
};
