// A pod template's nodeName must be a DNS-1123 subdomain (ValidateNodeName).
export default {
  id: 'validation3/template-nodename-invalid',
  source: 'pkg/apis/core/validation/validation.go ValidatePodSpec ("if len(spec.NodeName) > 0 { for _, msg := range ValidateNodeName(spec.NodeName, false) { field.Invalid(fldPath.Child(\\"nodeName\\"), ...) } }"), ValidateNodeName = NameIsDNSSubdomain',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: nn
spec:
  template:
    spec:
      restartPolicy: Never
      nodeName: Bad_Node
      containers: [{name: abc, image: image}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:\d+:\d+: /, ''));
    h.eq(lines, [`Job default/nn: spec.template.spec.nodeName: Invalid value: "Bad_Node": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`], 'problems');
  },
};
