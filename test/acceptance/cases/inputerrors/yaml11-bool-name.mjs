// Manifests are read as kubectl reads them (go-yaml v2, YAML 1.1): an unquoted `n`, `no`, `off` is a
// boolean, so `name: n` is a type error on metadata.name, not the name "n".
export default {
  id: 'inputerrors/yaml11-bool-name',
  source: 'sigs.k8s.io/yaml over go-yaml v2 (YAML 1.1 booleans y/n/yes/no/on/off); README Scenario format (values resolved as Kubernetes reads manifests)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: n}
spec:
  suspend: off
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines.length, 1, `only the name (suspend: off is the boolean false): ${r.stderr}`);
    h.assert(/^3:12: Job: metadata\.name: Invalid value: false: metadata\.name in body must be of type string: "boolean"$/.test(lines[0]), lines[0]);
  },
};
