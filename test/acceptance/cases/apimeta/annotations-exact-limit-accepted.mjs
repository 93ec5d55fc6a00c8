// The annotations' total size (keys plus values) may be exactly 256 KiB = 262144 bytes: two annotations whose keys and
// values add up to 262144 are accepted and the Job runs with them.
const v1 = 'x'.repeat(131072 - 1), v2 = 'y'.repeat(131072 - 2); // "a" + v1 + "bb" + v2 = 262144
export default {
  id: 'apimeta/annotations-exact-limit-accepted',
  source: 'apimachinery pkg/api/validation/objectmeta.go ValidateAnnotationsSize (totalSize += len(k) + len(v); error only if totalSize > TotalAnnotationSizeLimitB = 256*(1<<10))',
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: big
  annotations: {a: "${v1}", bb: "${v2}"}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const j = h.job('big');
    h.eq([j.metadata.annotations.a.length, j.metadata.annotations.bb.length], [131071, 131070], 'annotations kept');
    h.hasCond(j, 'Complete');
  },
};
