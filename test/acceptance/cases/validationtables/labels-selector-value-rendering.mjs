// Map and LabelSelector bad values print with %#v, as TestValidateJob's keys show:
// `spec.template.metadata.labels: Invalid value: map[string]string{"y":"z"}: \`selector\` does not match template \`labels\``
// (manual selector a=b, template labels y=z).
export default {
  id: 'validationtables/labels-selector-value-rendering',
  source: 'pkg/apis/batch/validation/validation_test.go TestValidateJob errorCases key "spec.template.metadata.labels: Invalid value: map[string]string{\\"y\\":\\"z\\"}: `selector` does not match template `labels`" (checked with strings.Contains on the SplitN rest); apimachinery field/errors.go ErrorBody (%#v)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: myjob
spec:
  manualSelector: true
  selector:
    matchLabels: {a: b}
  template:
    metadata:
      labels: {"y": z}   # quoted: kubectl reads a bare y as YAML 1.1 true
    spec:
      restartPolicy: OnFailure
      containers: [{name: abc, image: image}]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: cuid
spec:
  manualSelector: true
  selector:
    matchLabels: {a: b}
  template:
    metadata:
      labels: {controller-uid: 4d5e6f}
    spec:
      restartPolicy: OnFailure
      containers: [{name: abc, image: image}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n');
    const a = lines.filter((l) => l.includes('Job default/myjob: '));
    h.eq(a.length, 1, `myjob: one problem: ${a.join(' | ')}`);
    h.assert(a[0].endsWith('Job default/myjob: spec.template.metadata.labels: Invalid value: map[string]string{"y":"z"}: `selector` does not match template `labels`'), a[0]);
    const b = lines.filter((l) => l.includes('Job default/cuid: '));
    h.eq(b.length, 1, `cuid: one problem: ${b.join(' | ')}`);
    h.assert(b[0].endsWith('Job default/cuid: spec.template.metadata.labels: Invalid value: map[string]string{"controller-uid":"4d5e6f"}: `selector` does not match template `labels`'), b[0]);
  },
};
