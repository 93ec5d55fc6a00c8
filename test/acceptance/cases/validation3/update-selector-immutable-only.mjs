// Row "immutable selector": a manual selector changed so that it still matches the template labels fails
// only on immutability (no "does not match", no generated-selector rule), one problem at the patch's line.
export default {
  id: 'validation3/update-selector-immutable-only',
  source: 'pkg/apis/batch/validation/validation_test.go TestValidateJobUpdate "immutable selector" (new selector still matches the template labels; err Invalid spec.selector); validation.go ValidateJobSpecUpdate (ValidateImmutableField(spec.Selector, oldSpec.Selector)), validateGeneratedSelector (returns at once for manualSelector)',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: m, spec: {selector: {matchLabels: {tier: x}}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: m}
spec:
  manualSelector: true
  selector: {matchLabels: {app: m}}
  template:
    metadata: {labels: {app: m, tier: x}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines.length, 1, `one problem: ${JSON.stringify(lines)}`);
    h.assert(/^6: Job default\/m: spec\.selector: Invalid value: .*: field is immutable$/.test(lines[0]), `immutable: ${lines[0]}`);
  },
};
