// Strict field validation covers metadata too: `metadata.foo` is `unknown field "metadata.foo"` at its key,
// while system fields a `kubectl get -o yaml` copy carries (resourceVersion, uid, generation,
// creationTimestamp: null, managedFields, status) are known fields and no problem.
export default {
  id: 'inputerrors2/metadata-unknown-field-strict',
  source: 'apimachinery strict decoding (UnmarshalStrict: unknown field "metadata.foo"); metav1.ObjectMeta fields',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: a
  resourceVersion: "123"
  uid: 0b8a1f2e-0000-4000-8000-000000000001
  creationTimestamp: null
  generation: 3
  managedFields: []
  foo: 1
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
status: {active: 5}
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, ['10:3: Job default/a: metadata.foo: strict decoding error: unknown field "metadata.foo"'], 'only metadata.foo');
  },
};
