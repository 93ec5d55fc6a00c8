// With a generated selector, generateSelector keeps a user's controller-uid template label, and
// validateGeneratedSelector's ValidateHasLabel rejects it: field.Invalid(labels[<key>], labels,
// "must be '<uid>'"). For batch.kubernetes.io/controller-uid the generated selector
// (batch.kubernetes.io/controller-uid=<uid>) no longer matches the template either. Upstream
// refuses both Jobs at creation; the uid is the one the API server assigned.
const T = (name, label) => `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  template:
    metadata:
      labels: {${label}: wrong}
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
`;
export default {
  id: 'validationtables/generated-selector-controller-uid-labels',
  source: 'pkg/apis/batch/validation/validation.go validateGeneratedSelector (ValidateHasLabel for LegacyControllerUidLabel and, with RequirePrefixedLabels, ControllerUidLabel) and ValidateJobSpec ("`selector` does not match template `labels`"); pkg/registry/batch/job/strategy.go generateSelector (user labels kept, "we will reject in validation"); validation_test.go TestValidateJob "spec.template.metadata.labels[controller-uid]: Required value: must be \'1a2b3c\'"',
  exit: 2,
  scenario: [T('legacy', 'controller-uid'), T('prefixed', 'batch.kubernetes.io/controller-uid')].join('---\n'),
  check(r, h) {
    const lines = r.stderr.split('\n');
    const uid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    const a = lines.filter((l) => l.includes('Job default/legacy: '));
    h.assert(a.some((l) => new RegExp(`Job default/legacy: spec\\.template\\.metadata\\.labels\\[controller-uid\\]: Invalid value: .*: must be '${uid}'$`).test(l)), `legacy: ${a.join(' | ') || r.stderr.slice(0, 300)}`);
    const b = lines.filter((l) => l.includes('Job default/prefixed: '));
    h.assert(b.some((l) => new RegExp(`Job default/prefixed: spec\\.template\\.metadata\\.labels\\[batch\\.kubernetes\\.io/controller-uid\\]: Invalid value: .*: must be '${uid}'$`).test(l)), `prefixed ValidateHasLabel: ${b.join(' | ')}`);
    h.assert(b.some((l) => /Job default\/prefixed: spec\.template\.metadata\.labels: Invalid value: .*: `selector` does not match template `labels`$/.test(l)), `prefixed selector mismatch: ${b.join(' | ')}`);
  },
};
