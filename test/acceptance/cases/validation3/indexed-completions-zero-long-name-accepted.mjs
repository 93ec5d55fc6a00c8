// The Indexed hostname rule only applies when completions > 0: a 63-character Indexed Job with completions 0
// is accepted (with completions 1 its last hostname "<name>-0" would be 65 characters).
export default {
  id: 'validation3/indexed-completions-zero-long-name-accepted',
  source: 'pkg/apis/batch/validation/validation.go ValidateJob ("if ... IndexedCompletion && job.Spec.Completions != nil && *job.Spec.Completions > 0 { maximumPodHostname := fmt.Sprintf(\\"%s-%d\\", name, completions-1); IsDNS1123Label ... }")',
  args: ['--duration', '10s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: ${'a'.repeat(63)}
spec:
  completionMode: Indexed
  completions: 0
  template:
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
`,
  check(r, h) {
    const j = h.job('a'.repeat(63));
    h.eq([j.spec.completionMode, j.spec.completions], ['Indexed', 0], 'stored as written');
    h.eq(h.podsOf('a'.repeat(63)).length, 0, 'no pods for zero completions');
  },
};
