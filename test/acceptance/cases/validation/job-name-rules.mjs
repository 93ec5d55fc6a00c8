// Job names: DNS subdomain (metadata.name), and at most 63 characters in effect because the generated
// job-name label value is validated with the template labels; missing name and generateName.
const long = 'x'.repeat(64);
export default {
  id: 'validation/job-name-rules',
  source: 'core ValidateObjectMeta (ValidateReplicationControllerName = NameIsDNSSubdomain, "name or generateName is required"); registry job strategy generateSelector + ValidatePodTemplateSpec labels (IsValidLabelValue MaxLenError 63)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: Bad_Name
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: ${long}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
---
apiVersion: batch/v1
kind: Job
metadata:
  labels: {a: b}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n');
    h.assert(lines.some((l) => l.endsWith(`Job default/Bad_Name: metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`)), `Bad_Name: ${r.stderr.slice(0, 500)}`);
    h.assert(lines.some((l) => l.endsWith(`spec.template.labels: Invalid value: "${long}": must be no more than 63 characters`)), '64-char name');
    h.assert(lines.some((l) => /:23:\d+: /.test(l) && l.endsWith('metadata.name: Required value: name or generateName is required')), 'missing name');
  },
};
