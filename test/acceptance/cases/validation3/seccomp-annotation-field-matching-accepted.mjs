// A seccomp annotation that agrees with the seccompProfile field is accepted: runtime/default or the
// deprecated docker/default with RuntimeDefault, unconfined with Unconfined (pod and container level).
export default {
  id: 'validation3/seccomp-annotation-field-matching-accepted',
  source: 'pkg/apis/core/validation/validation.go validateSeccompAnnotationsAndFieldsMatch (RuntimeDefault accepts "runtime/default" and v1.DeprecatedSeccompProfileDockerDefault; Unconfined accepts "unconfined"); ValidatePodTemplateSpec -> validateSeccompAnnotationsAndFields',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: ok
spec:
  template:
    metadata:
      annotations:
        seccomp.security.alpha.kubernetes.io/pod: docker/default
        container.seccomp.security.alpha.kubernetes.io/abc: unconfined
    spec:
      restartPolicy: Never
      securityContext:
        seccompProfile: {type: RuntimeDefault}
      containers:
      - name: abc
        image: image
        securityContext:
          seccompProfile: {type: Unconfined}
`,
  check(r, h) {
    const ps = h.job('ok').spec.template.spec;
    h.eq([ps.securityContext.seccompProfile.type, ps.containers[0].securityContext.seccompProfile.type], ['RuntimeDefault', 'Unconfined'], 'profiles kept');
  },
};
