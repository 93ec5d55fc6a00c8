// A Job's pod template may not carry ephemeral containers: ValidatePodTemplateSpec refuses them (Forbidden).
export default {
  id: 'validation3/ephemeral-containers-forbidden-in-template',
  source: 'pkg/apis/core/validation/validation.go ValidatePodTemplateSpec ("if len(spec.Spec.EphemeralContainers) > 0 { field.Forbidden(fldPath.Child(\\"spec\\", \\"ephemeralContainers\\"), \\"ephemeral containers not allowed in pod template\\") }"), called by pkg/apis/batch/validation/validation.go validateJobSpec',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: eph
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
      ephemeralContainers: [{name: dbg, image: busybox}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:\d+:\d+: /, ''));
    h.eq(lines, ['Job default/eph: spec.template.spec.ephemeralContainers: Forbidden: ephemeral containers not allowed in pod template'], 'problems');
  },
};
