// generateName is validated as a name prefix even when a name is given: "Bad_" next to name "ok" is refused. The
// prefix check masks a trailing '-' only, so "a." is refused as a prefix (one problem: the generated "a.xxxxx" is
// itself a valid DNS subdomain).
const SUB = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
export default {
  id: 'apimeta/generatename-prefix-checks',
  source: 'apimachinery objectmeta.go ValidateObjectMetaAccessor ("if len(meta.GetGenerateName()) != 0 { nameFn(meta.GetGenerateName(), true) }" whatever the name); NameIsDNSSubdomain(name, prefix) -> maskTrailingDash',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: ok, generateName: Bad_}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
---
apiVersion: batch/v1
kind: Job
metadata: {generateName: a.}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => l.includes(': Job default/'));
    h.eq(lines.length, 2, lines.join(' | '));
    h.assert(lines[0].endsWith(`:3:22: Job default/ok: metadata.generateName: Invalid value: "Bad_": ${SUB}`), lines[0]);
    h.assert(lines[1].endsWith(`: metadata.generateName: Invalid value: "a.": ${SUB}`) && /:12:\d+: /.test(lines[1]), lines[1]);
  },
};
