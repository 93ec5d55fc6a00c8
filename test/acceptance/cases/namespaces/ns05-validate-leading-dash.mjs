// "-x" and "x-" fail the label regex (must start and end with an alphanumeric); both are reported, each at its own value.
const job = (ns, name) => `apiVersion: batch/v1
kind: Job
metadata: {name: ${name}, namespace: "${ns}"}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
const msg = `a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`;
export default {
  id: 'namespaces/ns05-validate-leading-dash',
  source: 'apimachinery util/validation IsDNS1123Label (dns1123LabelFmt)',
  exit: 2,
  scenario: job('-x', 'a') + '---\n' + job('x-', 'b'),
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, [`3:21: Job -x/a: metadata.namespace: Invalid value: "-x": ${msg}`, `12:21: Job x-/b: metadata.namespace: Invalid value: "x-": ${msg}`], 'problems');
  },
};
