// metadata.finalizers: each a qualified name (errors name the list, with the finalizer as the value), and the GC's
// orphan and foregroundDeletion may not both be set (the whole list shown as a Go []string). A plain name such as
// "kubernetes" or a domain-prefixed one is fine.
export default {
  id: 'apimeta/finalizer-name-rules',
  source: 'apimachinery pkg/api/validation/objectmeta.go ValidateFinalizers (ValidateFinalizerName: validation.IsQualifiedName; "finalizer %s and %s cannot be both set" with field.Invalid(fldPath, finalizers, ...))',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: bad
  finalizers: ["bad finalizer", "example.com/ok", "kubernetes", "-x"]
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: both
  finalizers: [foregroundDeletion, example.com/x, orphan]
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const NAME = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
    const lines = r.stderr.split('\n').filter((l) => l.includes('Job default/'));
    h.eq(lines.map((l) => l.replace(/^.*?: Job /, 'Job ')), [
      `Job default/bad: metadata.finalizers: Invalid value: "bad finalizer": ${NAME}`,
      `Job default/bad: metadata.finalizers: Invalid value: "-x": ${NAME}`,
      'Job default/both: metadata.finalizers: Invalid value: []string{"foregroundDeletion", "example.com/x", "orphan"}: finalizer orphan and foregroundDeletion cannot be both set',
    ], 'problems');
  },
};
