// Annotation keys are qualified names checked in lower case: "Example.COM/Key_1" and "UPPER" are accepted as written
// (a label key with an upper-case prefix is not); an invalid key is reported with its original spelling.
export default {
  id: 'apimeta/annotation-keys-case-insensitive',
  source: 'apimachinery pkg/api/validation/objectmeta.go ValidateAnnotations ("The rule is QualifiedName except that case doesn\'t matter, so convert to lowercase before checking"; field.Invalid(fldPath, k, msg) with the original k)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: ok
  annotations: {"Example.COM/Key_1": "v", "UPPER": "w"}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: bad
  annotations: {"Example.COM/Bad Key": "v"}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => l.includes('Job default/'));
    h.eq(lines.length, 1, `one problem: ${lines.join(' | ')}`);
    h.assert(lines[0].endsWith(`:16:3: Job default/bad: metadata.annotations: Invalid value: "Example.COM/Bad Key": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`), lines[0]);
  },
};
