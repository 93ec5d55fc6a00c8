// manualSelector: true does not make the selector mutable. Adding tier=x to a manual selector (merge
// patch: app=m, tier=x) fails ValidateJob first (the selector no longer selects the template labels
// {app: m}, shown as Go's map) and then ValidateJobUpdate (selector immutable). No generated-selector
// rule applies to a manual selector.
export default {
  id: 'strategy/val-manual-selector-immutable',
  source: 'pkg/registry/batch/job/strategy.go ValidateUpdate (ValidateJob errors, then ValidateJobUpdate errors); validation.go validateGeneratedSelector (returns at once when ManualSelector), ValidateJobSpec ("`selector` does not match template `labels`"), ValidateJobSpecUpdate (ValidateImmutableField(spec.Selector, ...))',
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
    metadata: {labels: {app: m}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines.length, 2, `two problems: ${JSON.stringify(lines)}`);
    h.eq(lines[0], '6: Job default/m: spec.template.metadata.labels: Invalid value: map[string]string{"app":"m"}: `selector` does not match template `labels`', 'does not match');
    h.assert(/^6: Job default\/m: spec\.selector: Invalid value: .*: field is immutable$/.test(lines[1]), `immutable: ${lines[1]}`);
  },
};
