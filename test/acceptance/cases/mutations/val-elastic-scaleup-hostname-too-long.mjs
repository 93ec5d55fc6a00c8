// ValidateUpdate runs ValidateJob on the new object too: scaling an elastic Indexed Job up so that the
// largest pod hostname `<name>-<completions-1>` is longer than 63 characters is rejected on metadata.name.
const name = 'a'.repeat(61);
export default {
  id: 'mutations/val-elastic-scaleup-hostname-too-long',
  source: 'pkg/registry/batch/job/strategy.go ValidateUpdate (ValidateJob + ValidateJobUpdate); pkg/apis/batch/validation/validation.go ValidateJob ("will not able to create pod with invalid DNS label: %s")',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  timeline:
  - {at: 10s, patch: {kind: Job, name: ${name}, spec: {completions: 11, parallelism: 11}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ${name}}
spec:
  completions: 3
  parallelism: 3
  completionMode: Indexed
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines, [`6: Job default/${name}: metadata.name: Invalid value: "${name}": will not able to create pod with invalid DNS label: ${name}-10`], 'stderr problems');
  },
};
