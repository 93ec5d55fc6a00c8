// metadata.namespace must be a DNS-1123 label: "Team-A" is refused at its value, in ValidateObjectMeta's words
// (path.ValidateNamespaceName -> IsDNS1123Label regex message); the problem line names the object Team-A/a.
export default {
  id: 'namespaces/ns01-validate-uppercase',
  source: 'apimachinery api/validation/objectmeta.go ValidateObjectMetaAccessor (namespace: ValidateNamespaceName = NameIsDNSLabel); util/validation IsDNS1123Label',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: a, namespace: Team-A}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, [`3:21: Job Team-A/a: metadata.namespace: Invalid value: "Team-A": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`], 'problems');
    h.eq(r.stdout, '', 'nothing simulated');
  },
};
