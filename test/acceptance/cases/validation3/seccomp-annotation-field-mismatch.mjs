// A template whose seccomp annotation and seccompProfile field disagree is refused (row "must match seccomp profile type and pod annotation").
export default {
  id: 'validation3/seccomp-annotation-field-mismatch',
  source: 'pkg/apis/core/validation/validation_test.go TestValidatePod "must match seccomp profile type and pod annotation"; validation.go ValidatePodTemplateSpec -> validateSeccompAnnotationsAndFields -> validateSeccompAnnotationsAndFieldsMatch (RuntimeDefault field vs "unconfined" annotation: Forbidden type)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: sc
spec:
  template:
    metadata:
      annotations:
        seccomp.security.alpha.kubernetes.io/pod: unconfined
    spec:
      restartPolicy: Never
      securityContext:
        seccompProfile: {type: RuntimeDefault}
      containers: [{name: abc, image: image}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:\d+:\d+: /, ''));
    h.eq(lines, ['Job default/sc: spec.template.spec.securityContext.seccompProfile.type: Forbidden: seccomp type in annotation and field must match'], 'problems');
  },
};
