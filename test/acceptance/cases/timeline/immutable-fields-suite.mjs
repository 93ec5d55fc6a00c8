// Each timeline patch is validated like `kubectl patch` (ValidateJob + ValidateJobUpdate on the
// patched, re-defaulted object). Immutable: completionMode, completions (NonIndexed), managedBy,
// selector, podFailurePolicy, backoffLimitPerIndex, successPolicy, template. Elastic Indexed:
// completions only in tandem with parallelism; Indexed completions may not be removed.
// A nil *int32 is printed by field.Error as the quoted string "null".
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: imm}
spec:
  timeline:
  - {at: 1m, patch: {kind: Job, name: nj, spec: {completionMode: Indexed}}}
  - {at: 1m, patch: {kind: Job, name: nj, spec: {completions: null}}}
  - {at: 1m, patch: {kind: Job, name: nj, spec: {managedBy: example.com/foo}}}
  - {at: 1m, patch: {kind: Job, name: x, spec: {backoffLimitPerIndex: 2}}}
  - {at: 1m, patch: {kind: Job, name: x, spec: {completions: null}}}
  - {at: 1m, patch: {kind: Job, name: x, spec: {completions: 5, parallelism: 4}}}
  - {at: 1m, patch: {kind: Job, name: x, spec: {completionMode: NonIndexed}}}
  - {at: 1m, patch: {kind: Job, name: x, spec: {successPolicy: {rules: [{succeededCount: 1}]}}}}
  - {at: 1m, patch: {kind: Job, name: x, spec: {template: {spec: {activeDeadlineSeconds: 5}}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: nj}
spec:
  completions: 3
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  completions: 3
  parallelism: 3
  completionMode: Indexed
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'timeline/immutable-fields-suite',
  source: 'pkg/apis/batch/validation/validation.go ValidateJobSpecUpdate (ValidateImmutableField for selector, completionMode, podFailurePolicy, backoffLimitPerIndex, managedBy, successPolicy; validateCompletions "can only be modified in tandem with spec.parallelism"; validatePodTemplateUpdate), validateJobSpec ("when completion mode is Indexed"); apimachinery field/errors.go ErrorBody (nil pointer -> "null", printed with %q); reference job §1.3',
  exit: 2,
  scenario,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    const want = [
      '6: Job default/nj: spec.completionMode: Invalid value: "Indexed": field is immutable',
      '7: Job default/nj: spec.completions: Invalid value: "null": field is immutable',
      '8: Job default/nj: spec.managedBy: Invalid value: "example.com/foo": field is immutable',
      '9: Job default/x: spec.backoffLimitPerIndex: Invalid value: 2: field is immutable',
      '10: Job default/x: spec.completions: Required value: when completion mode is Indexed',
      '11: Job default/x: spec.completions: Invalid value: 5: can only be modified in tandem with spec.parallelism',
      '12: Job default/x: spec.completionMode: Invalid value: "NonIndexed": field is immutable',
    ];
    for (const w of want) h.assert(lines.includes(w), `missing line: ${w} (got ${JSON.stringify(lines)})`);
    h.assert(lines.some((l) => /^13: Job default\/x: spec\.successPolicy: Invalid value: .*: field is immutable$/.test(l)), 'successPolicy immutable');
    h.assert(lines.some((l) => /^14: Job default\/x: spec\.template: Invalid value: .*: field is immutable$/.test(l)), 'template immutable');
    h.eq(lines.length, 9, 'exactly one problem per patch');
  },
};
