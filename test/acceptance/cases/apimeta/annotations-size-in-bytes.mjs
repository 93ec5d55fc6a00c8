// The annotation size limit counts bytes (Go's len of the UTF-8 string), not characters: 131072 "é" are 262144 bytes,
// plus the key "a" that is 262145 > 262144, so the API server refuses the Job. 131071 "é" (262143 bytes with the key)
// are accepted.
export default {
  id: 'apimeta/annotations-size-in-bytes',
  source: 'apimachinery pkg/api/validation/objectmeta.go ValidateAnnotationsSize (totalSize += (int64)(len(k)) + (int64)(len(v)) — len of a Go string is its byte length)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: over
  annotations: {a: "${'é'.repeat(131072)}"}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: under
  annotations: {a: "${'é'.repeat(131071)}"}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => l.includes('Job default/'));
    h.eq(lines.length, 1, `exactly one problem, for "over": ${r.stderr.slice(0, 300)}`);
    h.assert(/:5:3: Job default\/over: metadata\.annotations: Too long: /.test(lines[0]), lines[0]);
  },
};
