// go-yaml v2's decoder base64-decodes a `!!binary` scalar into the string it holds (decode.go scalar():
// `if tag == yaml_BINARY_TAG { data, err := base64.StdEncoding.DecodeString(...) ... resolved = string(data) }`),
// so an annotation `x: !!binary aGVsbG8=` reaches the API server as "hello", and invalid base64 is an error.
// Found: jobsim keeps the text "aGVsbG8=" (src/scenario/parse.ts drops the binary tag on purpose), which no
// README "known difference" lists.
export default {
  id: 'robust/yaml-binary-tag-decoded',
  source: 'vendor/sigs.k8s.io/yaml/goyaml.v2/decode.go (*decoder).scalar, yaml_BINARY_TAG branch',
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: a
  annotations:
    x: !!binary aGVsbG8=
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.job('a').metadata.annotations?.x, 'hello', 'annotation x');
  },
};
