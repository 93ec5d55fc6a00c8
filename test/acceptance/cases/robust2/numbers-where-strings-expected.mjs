// sigs.k8s.io/yaml only coerces a number to a string when the Go target is a string; kubectl decodes into
// a RawExtension, so `name: 012` reaches the API server as the number 10 (YAML 1.1 octal) and `image: 123`
// as 123: type errors at their keys, with the decoded values (OpenAPI wording, README "Input errors").
export default {
  id: 'robust2/numbers-where-strings-expected',
  source: 'sigs.k8s.io/yaml convertToJSONableObject (coerces only if jsonTarget kind is String; RawExtension is a json.Unmarshaler -> nil target); gopkg.in/yaml.v2 resolve (012 is octal 10)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: 012
spec:
  template:
    spec:
      containers:
      - name: c
        image: 123
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, [
      '4:3: Job: metadata.name: Invalid value: 10: metadata.name in body must be of type string: "integer"',
      '10:9: Job: spec.template.spec.containers[0].image: Invalid value: 123: spec.template.spec.containers[0].image in body must be of type string: "integer"',
    ], 'problems');
  },
};
