// completions of a NonIndexed Job is immutable, whatever the direction or the parallelism patched with it:
// "spec.completions: Invalid value: 5: field is immutable". Patching it to its current value is a no-op (accepted).
export default {
  id: 'mutations2/val-nonindexed-completions-number-immutable',
  source: 'pkg/apis/batch/validation/validation.go validateCompletions (not Indexed: ValidateImmutableField(spec.Completions)); apimachinery field.Invalid (*int32 dereferenced, printed %v)',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 1s, patch: {kind: Job, name: nj, spec: {completions: 5, parallelism: 5}}}
  - {at: 2s, patch: {kind: Job, name: nj, spec: {completions: 1}}}
  - {at: 3s, patch: {kind: Job, name: nj, spec: {completions: 3}}}
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
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines, ['6: Job default/nj: spec.completions: Invalid value: 5: field is immutable', '7: Job default/nj: spec.completions: Invalid value: 1: field is immutable'], 'problems');
  },
};
