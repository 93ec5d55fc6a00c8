// Raising parallelism of an Indexed Job above 100000 is rejected on update as on create.
export default {
  id: 'mutations/val-indexed-parallelism-cap-on-update',
  source: 'pkg/apis/batch/validation/validation.go validateJobSpec (maxParallelismForIndexedJob: "must be less than or equal to %d when completion mode is %s")',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: x, spec: {parallelism: 100001}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  completions: 5
  parallelism: 1
  completionMode: Indexed
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines, ['6: Job default/x: spec.parallelism: Invalid value: 100001: must be less than or equal to 100000 when completion mode is Indexed'], 'stderr problems');
  },
};
