// A Job made with manualSelector: true (selector app=m, template labels {app: m}) is patched to
// manualSelector: false. PrepareForUpdate generates nothing, so ValidateJob's validateGeneratedSelector
// runs on the stored labels and selector. RequirePrefixedLabels is false (the old template lacks the
// batch.kubernetes.io/ labels), so only the legacy labels are Required, and the stored selector (app=m,
// nothing added) is "not auto-generated". It still matches the template labels: no "does not match".
export default {
  id: 'strategy/manualselector-false-update-messages',
  source: 'pkg/registry/batch/job/strategy.go validationOptionsForJob ("opts.RequirePrefixedLabels = hadJobName && hadControllerUid" from the OLD template), ValidateUpdate (no generateSelector on update); validation.go validateGeneratedSelector (legacy labels always, prefixed only if validateBatchLabels; "`selector` not auto-generated"), ValidateJobSpec (selector vs template labels); field/errors.go ErrorBody (%#v of the dereferenced *LabelSelector)',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: m, spec: {manualSelector: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: m}
spec:
  manualSelector: true
  selector: {matchLabels: {app: m}}
  template:
    metadata: {labels: {app: m}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines.length, 3, `three problems: ${JSON.stringify(lines)}`);
    h.assert(/^6: Job default\/m: spec\.template\.metadata\.labels\[controller-uid\]: Required value: [0-9a-f-]{36}$/.test(lines[0]), `legacy controller-uid: ${lines[0]}`);
    h.eq(lines[1], '6: Job default/m: spec.template.metadata.labels[job-name]: Required value: m', 'legacy job-name');
    h.eq(lines[2], '6: Job default/m: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"m"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: `selector` not auto-generated', 'selector as stored');
  },
};
