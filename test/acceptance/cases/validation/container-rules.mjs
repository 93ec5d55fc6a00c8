// Pod template: containers required; container names DNS-1123 labels, unique; image required.
export default {
  id: 'validation/container-rules',
  source: 'pkg/apis/core/validation/validation.go validateContainers / validateContainerCommon (ValidateDNS1123Label, field.Duplicate, Required image); ValidatePodSpec Required containers',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: c1
spec:
  template:
    spec:
      restartPolicy: Never
      containers: []
---
apiVersion: batch/v1
kind: Job
metadata:
  name: c2
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: Main_1
        image: busybox
      - name: side
        image: ""
      - name: side
        image: busybox
`,
  check(r, h) {
    const lines = r.stderr.split('\n');
    const want = [
      'Job default/c1: spec.template.spec.containers: Required value',
      `Job default/c2: spec.template.spec.containers[0].name: Invalid value: "Main_1": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
      'Job default/c2: spec.template.spec.containers[1].image: Required value',
      'Job default/c2: spec.template.spec.containers[2].name: Duplicate value: "side"',
    ];
    for (const m of want) h.assert(lines.some((l) => l.endsWith(m)), `missing: ${m} in ${r.stderr.slice(0, 300)}`);
    h.eq(lines.filter((l) => l.includes('Job default/c')).length, 4, 'four problems');
  },
};
