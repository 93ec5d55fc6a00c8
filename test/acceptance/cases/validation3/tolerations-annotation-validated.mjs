// The legacy tolerations annotation of a pod template is parsed and its tolerations validated as the spec's are.
export default {
  id: 'validation3/tolerations-annotation-validated',
  source: 'pkg/apis/core/validation/validation.go ValidatePodSpecificAnnotations ("if annotations[core.TolerationsAnnotationKey] != \\"\\" { ValidateTolerationsInPodAnnotations }"), ValidateTolerationsInPodAnnotations (ValidateTolerations(tolerations, fldPath.Child(core.TolerationsAnnotationKey))), ValidateTolerations (NotSupported operator: "Equal", "Exists")',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: ta
spec:
  template:
    metadata:
      annotations:
        scheduler.alpha.kubernetes.io/tolerations: '[{"key":"foo","operator":"Foo","value":"bar"}]'
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:\d+:\d+: /, ''));
    h.eq(lines, ['Job default/ta: spec.template.annotations.scheduler.alpha.kubernetes.io/tolerations[0].operator: Unsupported value: "Foo": supported values: "Equal", "Exists"'], 'problems');
  },
};
