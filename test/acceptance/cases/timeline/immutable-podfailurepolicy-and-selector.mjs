// Adding a podFailurePolicy to a running Job: immutable, and (ValidateJob on the patched object) the
// defaulted podReplacementPolicy TerminatingOrFailed is not allowed with a podFailurePolicy. A
// selector change: immutable, not auto-generated, and no longer matching the template labels.
export default {
  id: 'timeline/immutable-podfailurepolicy-and-selector',
  source: 'validation.go ValidateJobSpecUpdate (podFailurePolicy, selector immutable), validateJobSpec (podReplacementPolicy NotSupported "Failed" when podFailurePolicy is set), validateGeneratedSelector; registry job strategy ValidateUpdate = ValidateJob + ValidateJobUpdate',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: imm2}
spec:
  timeline:
  - {at: 1m, patch: {kind: Job, name: j, spec: {podFailurePolicy: {rules: [{action: Ignore, onExitCodes: {operator: In, values: [3]}}]}}}}
  - {at: 2m, patch: {kind: Job, name: j, spec: {selector: {matchLabels: {a: b}}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.assert(lines.includes('6: Job default/j: spec.podReplacementPolicy: Unsupported value: "TerminatingOrFailed": supported values: "Failed"'), JSON.stringify(lines));
    h.assert(lines.some((l) => /^6: Job default\/j: spec\.podFailurePolicy: Invalid value: .*: field is immutable$/.test(l)), 'podFailurePolicy immutable');
    h.assert(lines.some((l) => /^7: Job default\/j: spec\.selector: Invalid value: .*: field is immutable$/.test(l)), 'selector immutable');
    h.assert(lines.some((l) => /^7: Job default\/j: spec\.selector: Invalid value: .*: `selector` not auto-generated$/.test(l)), 'selector not auto-generated');
    h.assert(lines.some((l) => /^7: Job default\/j: spec\.template\.metadata\.labels: Invalid value: .*: `selector` does not match template `labels`$/.test(l)), 'selector does not match');
    h.eq(lines.length, 5, 'five problems');
  },
};
