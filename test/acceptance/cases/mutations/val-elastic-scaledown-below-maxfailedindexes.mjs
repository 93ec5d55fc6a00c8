// Elastic scale-down re-validates the whole spec: maxFailedIndexes may not exceed the new completions.
export default {
  id: 'mutations/val-elastic-scaledown-below-maxfailedindexes',
  source: 'pkg/apis/batch/validation/validation.go validateJobSpec ("must be less than or equal to completions"), ValidateJobSpecUpdate calls ValidateJobSpec; validateCompletions allows completions==parallelism',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  timeline:
  - {at: 10s, patch: {kind: Job, name: x, spec: {completions: 2, parallelism: 2}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  completions: 4
  parallelism: 4
  completionMode: Indexed
  backoffLimitPerIndex: 1
  maxFailedIndexes: 3
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines, ['6: Job default/x: spec.maxFailedIndexes: Invalid value: 3: must be less than or equal to completions'], 'stderr problems');
  },
};
