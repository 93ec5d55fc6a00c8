// hostUsers: false without host namespaces is valid, and it is what allows procMount: Unmasked.
export default {
  id: 'validation3/hostusers-false-alone-accepted',
  source: 'pkg/apis/core/validation/validation.go validateHostUsers (only hostNetwork/hostPID/hostIPC are refused), ValidateSecurityContext procMount ("`hostUsers` must be false to use `Unmasked`" only when hostUsers is true)',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: hu
spec:
  template:
    spec:
      restartPolicy: Never
      hostUsers: false
      containers:
      - name: abc
        image: image
        securityContext: {procMount: Unmasked}
`,
  check(r, h) {
    const ps = h.job('hu').spec.template.spec;
    h.eq([ps.hostUsers, ps.containers[0].securityContext.procMount], [false, 'Unmasked'], 'kept');
  },
};
