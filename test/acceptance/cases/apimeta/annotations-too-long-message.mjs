// One byte over the 256 KiB annotation limit. Since Kubernetes 1.32 field.TooLong says "may not be more than N bytes"
// (the value argument is unused, the message no longer "must have at most N bytes"), so a 1.33-1.35 API server answers
// "metadata.annotations: Too long: may not be more than 262144 bytes".
const v = 'x'.repeat(262144 - 1 + 1); // key "a" + 262144 = 262145
export default {
  id: 'apimeta/annotations-too-long-message',
  source: 'apimachinery pkg/api/validation/objectmeta.go ValidateAnnotations (field.TooLong(fldPath, "" /*unused*/, TotalAnnotationSizeLimitB)); pkg/util/validation/field/errors.go TooLong (1.32+: msg = fmt.Sprintf("may not be more than %d %s", maxLength, "bytes"))',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: over
  annotations: {a: "${v}"}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => l.includes('Job default/over'));
    h.eq(lines.length, 1, 'one problem');
    h.assert(lines[0].endsWith(':5:3: Job default/over: metadata.annotations: Too long: may not be more than 262144 bytes'), lines[0]);
  },
};
