// manualSelector without selector: Required; manual selector not matching template labels;
// a user selector without manualSelector is "not auto-generated"; a conflicting job-name label.
export default {
  id: 'validation/selector-rules',
  source: 'pkg/apis/batch/validation/validation.go ValidateJobSpec (Required selector, "`selector` does not match template `labels`"), validateGeneratedSelector ("`selector` not auto-generated"), core ValidateHasLabel ("must be \'%s\'")',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: m1
spec:
  manualSelector: true
  template:
    metadata:
      labels: {app: web}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: m2
spec:
  manualSelector: true
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: db}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: m3
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: m4
spec:
  template:
    metadata:
      labels: {job-name: other}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n');
    h.assert(lines.some((l) => l.endsWith('Job default/m1: spec.selector: Required value')), `m1: ${r.stderr.slice(0, 500)}`);
    h.assert(lines.some((l) => l.includes('Job default/m2: spec.template.metadata.labels: Invalid value: ') && l.endsWith(': `selector` does not match template `labels`')), 'm2');
    h.assert(lines.some((l) => l.includes('Job default/m3: spec.selector: Invalid value: ') && l.endsWith(': `selector` not auto-generated')), 'm3');
    h.assert(lines.some((l) => l.includes('Job default/m4: spec.template.metadata.labels[job-name]: Invalid value: ') && l.endsWith(": must be 'm4'")), 'm4');
  },
};
