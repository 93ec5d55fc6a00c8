// The name generated from generateName is validated like a written one. "ab.-" passes the prefix check (maskTrailingDash
// turns it into "aba") but the generated "ab.-xxxxx" is not a DNS subdomain: metadata.name is refused. "Bad-" fails
// both: metadata.generateName and the generated metadata.name (two problems).
const SUB = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
export default {
  id: 'apimeta/generated-name-validated',
  source: 'apiserver store.go create (name generated before BeforeCreate); apimachinery objectmeta.go ValidateObjectMetaAccessor (nameFn(generateName, true) for metadata.generateName, then nameFn(name, false) for metadata.name: "the user will get errors for both the generateName and name fields"); NameIsDNSSubdomain / maskTrailingDash',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  generateName: ab.-
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
---
apiVersion: batch/v1
kind: Job
metadata:
  generateName: Bad-
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n');
    const sfx = '[bcdfghjklmnpqrstvwxz2456789x]{5}';
    const esc = SUB.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    h.assert(lines.some((l) => new RegExp(`metadata\\.name: Invalid value: "ab\\.-${sfx}": ${esc}$`).test(l)), `ab.-: generated name refused\n${r.stderr.slice(0, 600)}`);
    h.assert(lines.some((l) => l.endsWith(`metadata.generateName: Invalid value: "Bad-": ${SUB}`)), 'Bad-: generateName');
    h.assert(lines.some((l) => new RegExp(`metadata\\.name: Invalid value: "Bad-${sfx}": ${esc}$`).test(l)), 'Bad-: generated name refused too');
  },
};
