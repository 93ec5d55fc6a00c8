// An unknown completionMode is Unsupported, listed NonIndexed then Indexed (not sorted), and no Indexed rule runs.
export default {
  id: 'validation3/completion-mode-unsupported',
  source: 'pkg/apis/batch/validation/validation.go validateJobSpec ("field.NotSupported(fldPath.Child(\\"completionMode\\"), spec.CompletionMode, []batch.CompletionMode{batch.NonIndexedCompletion, batch.IndexedCompletion})"); apimachinery field.NotSupported keeps the order given; ErrorBody dereferences the pointer and prints the named string with %#v (quoted)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: cm
spec:
  completionMode: Foo
  template:
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:\d+:\d+: /, ''));
    h.eq(lines, ['Job default/cm: spec.completionMode: Unsupported value: "Foo": supported values: "NonIndexed", "Indexed"'], 'problems');
  },
};
