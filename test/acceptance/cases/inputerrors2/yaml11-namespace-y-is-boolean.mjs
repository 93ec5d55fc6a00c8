// An unquoted `y` is a YAML 1.1 boolean: `namespace: y` is a type error on metadata.namespace at the
// value's key, not the namespace "y" (kubectl would send namespace: true and the decoder refuses it).
export default {
  id: 'inputerrors2/yaml11-namespace-y-is-boolean',
  source: 'go-yaml v2 resolve.go (y/Y/n/N are !!bool); README "Known differences: Input errors" (OpenAPI wording)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: j, namespace: y}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines.length, 1, r.stderr);
    h.assert(/^3:21: Job .*metadata\.namespace: Invalid value: true: metadata\.namespace in body must be of type string: "boolean"$/.test(lines[0]), lines[0]);
  },
};
