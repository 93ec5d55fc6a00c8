// podReplacementPolicy is mutable, but with a podFailurePolicy only "Failed" is supported.
export default {
  id: 'mutations/val-prp-with-pfp-patch',
  source: 'pkg/apis/batch/validation/validation.go validatePodReplacementPolicy (field.NotSupported(..., []{Failed}))',
  exit: 2,
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: x, spec: {podReplacementPolicy: TerminatingOrFailed}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  podFailurePolicy:
    rules:
    - {action: Ignore, onPodConditions: [{type: DisruptionTarget}]}
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:(\d+):\d+: /, '$1: '));
    h.eq(lines, ['6: Job default/x: spec.podReplacementPolicy: Unsupported value: "TerminatingOrFailed": supported values: "Failed"'], 'stderr problems');
  },
};
